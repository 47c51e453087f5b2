import Foundation
import SeatPlanCore

extension ExchangeStorage {
    /// Saves the units of `roster` as the meeting's units, in official order (demos and tests
    /// that start from one whole roster); returns their names in that order.
    public func saveUnits(of roster: Roster, meeting: MeetingID) async throws(ExchangeStoreError) -> [String] {
        let units = roster.unitsInOfficialOrder
        _ = try await saveUnits(
            units.map { unit in
                UnitDetails(name: unit, officialOrder: roster.attendees.first { $0.unit == unit }?.unitOrder ?? 0)
            },
            meeting: meeting)
        return units
    }

    /// One unit uploads its part of `roster` as a roster CSV, as the exchange system receives it.
    @discardableResult
    public func submitPart(of roster: Roster, unit: String, meeting: MeetingID) async throws(ExchangeStoreError)
        -> SubmissionReceipt
    {
        let people = roster.attendees.filter { $0.unit == unit }
        return try await submitRosterCSV(
            unitNamed: unit, meeting: meeting, fileName: "\(unit).csv", raw: RosterCSV.encode(people))
    }
}
