import Foundation
import TestSupport
import Testing

extension WorkbenchBrowserTests {
    /// The scenario on the demo meeting: find a person by pinyin initials; cancel the
    /// fourth-ranked rostrum member, preview the moves, apply, and watch a second open map
    /// update by itself; download the changed cards and find a moved person in them; then
    /// substitute a member through the page and find the substitute on the changed cards.
    @Test(.timeLimit(.minutes(3)))
    func searchCancelSubstituteAndPrintChangedCards() async throws {
        let server = try await WorkbenchProcess.start()
        defer { server.close() }
        let driver = try await ChromeDriver.start()
        defer { driver.close() }

        let map = try await server.getJSON("/api/meetings/1/map")
        let people = MapPerson.all(map)
        try #require(map["version"].int == 1, "the demo store starts at plan version 1")

        // A hall member whose initials nobody else has (an exact initials match ranks first).
        let initialsCount = Dictionary(grouping: people, by: \.initials).mapValues(\.count)
        let sought = try #require(
            people.filter { $0.area == "hall" && $0.initials.count >= 3 && initialsCount[$0.initials] == 1 }
                .sorted { $0.precedence < $1.precedence }.first,
            "a hall member with unique pinyin initials")
        let rostrum = people.filter { $0.area == "rostrum" }.sorted { $0.precedence < $1.precedence }
        try #require(rostrum.count >= 4, "the demo meeting has a rostrum of at least four")
        let cancelled = rostrum[3]

        let first = try await driver.workbenchSession()
        try await first.openMap(1, on: server, version: 1)

        // Search by pinyin initials, choose the hit, see the name in the panel.
        try await first.find("#search").sendKeys(sought.initials)
        let hit = try await first.waitFor(".search-result[data-attendee=\"\(sought.attendee)\"]")
        #expect(try await hit.text().contains(sought.name))
        let firstHit = try await first.find(".search-result")
        #expect(
            try await firstHit.attribute("data-attendee") == sought.attendee, "the exact initials match comes first")
        try await hit.click()
        try await first.waitForText("#panel-name", "is \(sought.name)") { $0 == sought.name }

        // Cancel the fourth-ranked rostrum member: the preview proposes moves.
        try await first.clickSeat(of: cancelled.attendee)
        try await first.waitForText("#panel-name", "is \(cancelled.name)") { $0 == cancelled.name }
        try await first.waitFor("[data-action=cancel]").click()
        try await first.waitForPreview(basedOn: 1)
        let moves = try await first.previewMoves()
        #expect(!moves.isEmpty, "cancelling rank 4 on the rostrum moves the people after them")
        let mover = try #require(moves.first, "a proposed move")

        // A second browser on the same map, opened before the change is applied.
        let second = try await driver.workbenchSession()
        try await second.openMap(1, on: server, version: 1)
        try await second.waitForLiveEvents()
        #expect(try await second.first("#map-svg [data-attendee=\"\(cancelled.attendee)\"]") != nil)

        try await first.clickApply()
        try await first.waitForMapVersion(2)

        // The second map updates without a reload: version 2, the cancelled person's seat empty.
        try await second.waitForMapVersion(2)
        try await second.waitUntil("\(cancelled.attendee) is no longer on the second map") {
            try await second.first("#map-svg [data-attendee=\"\(cancelled.attendee)\"]") == nil ? true : nil
        }
        let stillSeated = try await second.first("#map-svg [data-attendee=\"\(mover.attendee)\"]")
        #expect(stillSeated != nil, "the moved person \(mover.name) is still on the map")

        // The changed cards of version 2, downloaded by a click, name the first moved person.
        let cardsV2 = try await first.downloadPrint("changed-cards", version: 2)
        let textV2 = try PDFInspection.text(ofFile: cardsV2)
        #expect(squeezed(textV2).contains(squeezed(mover.name)), "changed cards v2 name \(mover.name):\n\(textV2)")
        #expect(!squeezed(textV2).contains(squeezed(cancelled.name)), "no card for the cancelled \(cancelled.name)")

        // Substitute a hall member through the page.
        let mapV2 = try await server.getJSON("/api/meetings/1/map")
        let peopleV2 = MapPerson.all(mapV2)
        let member = try #require(
            peopleV2.filter { $0.area == "hall" && $0.role == "member" && $0.attendee != sought.attendee }
                .sorted { $0.precedence < $1.precedence }.first,
            "a hall member to substitute")
        let substituteName = "欧阳新民"
        try #require(!peopleV2.contains { $0.name == substituteName }, "the substitute's name is new")
        try await first.clickSeat(of: member.attendee)
        try await first.waitForText("#panel-name", "is \(member.name)") { $0 == member.name }
        try await first.waitFor("[data-action=substitute]").click()
        let nameField = try await first.waitFor("#action-form [name=name]")
        try await nameField.sendKeys(substituteName)
        let idField = try await first.find("#action-form [name=id]")
        let substituteID = try #require(try await idField.property("value").string, "the substitute's id")
        #expect(substituteID == "\(member.attendee)b", "the form suggests the id \(member.attendee)b")
        try await first.find("#action-form button[type=submit]").click()
        try await first.waitFor("#changes-list .change[data-op=substitute]")
        try await first.waitForPreview(basedOn: 2)
        try await first.clickApply()
        try await first.waitForMapVersion(3)
        try await first.waitFor("#map-svg [data-attendee=\"\(substituteID)\"]")
        try await second.waitForMapVersion(3)
        try await second.waitUntil("the substitute \(substituteID) on the second map") {
            try await second.first("#map-svg [data-attendee=\"\(substituteID)\"]") != nil ? true : nil
        }

        let cardsV3 = try await first.downloadPrint("changed-cards", version: 3)
        let textV3 = try PDFInspection.text(ofFile: cardsV3)
        #expect(squeezed(textV3).contains(substituteName), "changed cards v3 name the substitute:\n\(textV3)")
        #expect(!squeezed(textV3).contains(squeezed(member.name)), "no card for the replaced \(member.name)")

        try await first.expectNoPageErrors("console errors on the first map")
        try await second.expectNoPageErrors("console errors on the second map")
    }
}
