import Foundation
import HTTPTypes
import HummingbirdTesting
import TestSupport
import Testing

@testable import Workbench

@Suite("Workbench: genuine and unchanged (signature badges)")
struct SignatureRouteTests {
    @Test("A plan version pushed with the key is genuine until its stored bytes change; an older one is unsigned")
    func planVersions() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        try await fixture.test { client in
            let (first, unsigned) = try await client.getJSON("/api/meetings/1/versions/1/verification")
            #expect(first == .ok)
            #expect(unsigned.text("status") == "unsigned")
            #expect(unsigned["genuine"] as? Bool == false)
            let map = DemoMap(try await client.getJSON("/api/meetings/1/map").1)
            let member = try #require(map.members.last)
            let (applied, _) = try await client.postJSON(
                "/api/meetings/1/changes/apply",
                ["baseVersion": 1, "operations": [["op": "cancel", "attendee": member.text("attendee") ?? ""]]])
            try #require(applied == .created)
            let (_, genuine) = try await client.getJSON("/api/meetings/1/versions/2/verification")
            #expect(genuine.text("status") == "genuine", "\(genuine)")
            #expect(genuine["genuine"] as? Bool == true)
            #expect(genuine.text("signed_at") != nil)
            #expect(try await client.getJSON("/api/meetings/1/versions/7/verification").0 == .notFound)
        }
        // Someone edits the stored plan with SQL: the badge turns red.
        let tool = try #require(ProcessRunner.which("sqlite3"))
        let name = try #require(
            try await fixture.test { client in
                DemoMap(try await client.getJSON("/api/meetings/1/map?version=2").1).members.first?.text("name")
            })
        let edited = try ProcessRunner.run(
            tool,
            [
                fixture.storePath,
                "UPDATE plan_versions SET plan_json = replace(plan_json, '\(name)', '\(name)甲') WHERE version = 2",
            ])
        try #require(edited.status == 0, "\(edited.stderr)")
        try await fixture.test { client in
            let (_, altered) = try await client.getJSON("/api/meetings/1/versions/2/verification")
            #expect(altered.text("status") == "altered", "\(altered)")
            #expect(altered["genuine"] as? Bool == false)
        }
    }

    @Test("A unit sees its notice genuine; another unit's notice is a 404; a store without a key says so")
    func portalNotices() async throws {
        let fixture = try await WorkbenchFixture.demo(officeKey: true)
        let town = try await fixture.unitSession(login: "dongqiao", unit: PortalTests.town)
        let county = try await fixture.unitSession(login: "yuquan", unit: PortalTests.county)
        let townUnit = try #require(
            try await fixture.test(as: town) { client in
                try await client.getJSON("/api/portal/meetings/1/units").1.list("units").first?.int("unitID")
            })
        let notice = try await fixture.test { client in
            let (status, sent) = try await client.postJSON(
                "/api/meetings/1/notices",
                ["title": "报到须知", "body": "请携带座位证。", "audience": ["kind": "units", "units": [townUnit]]])
            try #require(status == .created, "\(sent)")
            return try #require(sent.int("id"))
        }
        try await fixture.test(as: town) { client in
            let (status, verdict) = try await client.getJSON("/api/portal/meetings/1/notices/\(notice)/verification")
            #expect(status == .ok)
            #expect(verdict.text("status") == "genuine", "\(verdict)")
        }
        try await fixture.test(as: county) { client in
            let status = try await client.getJSON("/api/portal/meetings/1/notices/\(notice)/verification").0
            #expect(status == .notFound)
        }
        // The county's own notice: sent to all, genuine for it.
        let all = try await fixture.test { client in
            try #require(
                try await client.postJSON(
                    "/api/meetings/1/notices", ["title": "会议通知", "body": "正文", "audience": ["kind": "all"]]
                ).1.int("id"))
        }
        try await fixture.test(as: county) { client in
            let (status, verdict) = try await client.getJSON("/api/portal/meetings/1/notices/\(all)/verification")
            #expect(status == .ok)
            #expect(verdict.text("status") == "genuine", "\(verdict)")
            let staffOnly = try await client.getJSON("/api/meetings/1/versions/1/verification").0
            #expect(staffOnly == .forbidden)
        }
        let plain = try await WorkbenchFixture.demo()
        try await plain.test { client in
            let (_, verdict) = try await client.getJSON("/api/meetings/1/versions/1/verification")
            #expect(verdict.text("status") == "no-key")
        }
    }
}
