import SeatPlanCore
import Testing

/// The roster tags the engine acts on are typed; other tags stay free text.
@Suite("Roster tags")
struct RosterTagTests {
    static func person(tags: [String]) -> Attendee {
        Attendee(id: "A1", name: "张三", unit: "财政局", unitOrder: 1, precedence: 1, role: .member, tags: tags)
    }

    @Test("Named tags match the roster's words")
    func named() {
        let person = Self.person(tags: ["accessible", "host", "convener", "secretary"])
        for tag in [RosterTag.accessible, .host, .convener, .secretary] { #expect(person.hasTag(tag)) }
        #expect(
            [RosterTag.accessible, .host, .convener, .secretary].map(\.rawValue) == [
                "accessible", "host", "convener", "secretary",
            ])
        #expect(!Self.person(tags: ["Host", "hosts"]).hasTag(.host))
    }

    @Test("Free-form tags such as sector: and region: still work")
    func freeForm() {
        let person = Self.person(tags: ["sector:教育界", "region:江北区"])
        #expect(person.hasTag(RosterTag("sector:教育界")))
        #expect(!person.hasTag(.accessible))
    }
}
