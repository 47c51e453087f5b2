import Foundation
import Testing

@testable import ExchangeBridge

/// Rendered documents: stored byte for byte against a plan version, never duplicated.
struct DocumentTests {
    /// Bytes that look like a small PDF, including every byte value.
    static let pdfBytes: Data = {
        var bytes = Data("%PDF-1.7\n".utf8)
        bytes.append(contentsOf: (0...255).map(UInt8.init))
        bytes.append(Data("\n%%EOF\n".utf8))
        return bytes
    }()

    @Test func aDocumentRoundTripsByteIdentical() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let version = try store.savePlan(StoreFixtures.samplePlan(), meeting: meeting.id).info.id
        let info = try store.attachDocument(
            NewDocument(kind: .rostrumChart, fileName: "主席台座次图.pdf", content: Self.pdfBytes), planVersion: version)
        #expect(info.planVersionID == version)
        #expect(info.meetingID == meeting.id)
        #expect(info.byteCount == Self.pdfBytes.count)
        #expect(info.sha256 == SHA256.hex(Self.pdfBytes))
        #expect(info.mediaType == "application/pdf")
        #expect(try store.documents(planVersion: version) == [info])
        #expect(try store.documentContent(info.id) == Self.pdfBytes)
        #expect(info.kind == .rostrumChart)
    }

    @Test func aDocumentKindIsStoredAsItsTextExactly() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let version = try store.savePlan(StoreFixtures.samplePlan(), meeting: meeting.id).info.id
        let kinds: [DocumentKind] = [.rostrumChart, .chart, .cards, .nameCards, .list, .seatList, .seatNotice, "会议须知"]
        for (index, kind) in kinds.enumerated() {
            _ = try store.attachDocument(
                NewDocument(kind: kind, fileName: "\(index).pdf", content: Self.pdfBytes), planVersion: version)
        }
        #expect(
            try store.fetchTexts("SELECT kind FROM documents ORDER BY id")
                == ["rostrum-chart", "chart", "cards", "name-cards", "list", "seat-list", "seat-notice", "会议须知"])
        #expect(try store.documents(planVersion: version).map(\.kind).sorted() == kinds.sorted())
        #expect(
            String(decoding: try JSONEncoder().encode(kinds), as: UTF8.self)
                == #"["rostrum-chart","chart","cards","name-cards","list","seat-list","seat-notice","会议须知"]"#)
        #expect(try JSONDecoder().decode([DocumentKind].self, from: JSONEncoder().encode(kinds)) == kinds)
    }

    @Test func attachingTheSameDocumentAgainWritesNothing() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let version = try store.savePlan(StoreFixtures.samplePlan(), meeting: meeting.id).info.id
        let document = NewDocument(kind: .rostrumChart, fileName: "chart.pdf", content: Self.pdfBytes)
        let first = try store.attachDocument(document, planVersion: version)
        let before = try store.rowCounts()
        #expect(try store.attachDocument(document, planVersion: version) == first)
        #expect(try store.rowCounts() == before)

        var changed = document
        changed.content.append(0x0A)
        let second = try store.attachDocument(changed, planVersion: version)
        #expect(second.id != first.id)
        #expect(try store.documents(planVersion: version).count == 2)
        #expect(try store.documentContent(first.id) == Self.pdfBytes)
    }

    @Test func aMeetingDocumentNeedsNoPlanVersion() throws {
        let (store, meeting) = try StoreFixtures.storeWithUnits()
        let info = try store.attachDocument(
            NewDocument(kind: "instructions", fileName: "须知.txt", content: Data("入场须知".utf8), mediaType: "text/plain"),
            meeting: meeting.id)
        #expect(info.planVersionID == nil)
        #expect(try store.documents(meeting: meeting.id) == [info])
    }

    @Test func aDocumentForAnUnknownPlanVersionIsRefused() throws {
        let store = try StoreFixtures.freshStore()
        let error = #expect(throws: ExchangeStoreError.self) {
            try store.attachDocument(
                NewDocument(kind: .rostrumChart, fileName: "x.pdf", content: Data()),
                planVersion: PlanVersionID(rawValue: 7))
        }
        #expect(error?.kind == .notFound)
    }
}
