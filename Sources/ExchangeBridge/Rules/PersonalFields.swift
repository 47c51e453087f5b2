import Foundation

/// A unit's personal fields as a backend stores them: sealed (``FieldSealer``), plain, or empty.
package struct StoredContact: Sendable, Equatable {
    /// `units.contact_person` as stored.
    package var contactPerson: String
    /// `units.office_phone` as stored.
    package var officePhone: String
    /// `units.mobile` as stored.
    package var mobile: String

    /// The three stored values.
    package init(contactPerson: String, officePhone: String, mobile: String) {
        self.contactPerson = contactPerson
        self.officePhone = officePhone
        self.mobile = mobile
    }

    /// The value of `column` (one of ``PersonalFields/columns``).
    package subscript(column: String) -> String {
        get {
            switch column {
            case "contact_person": contactPerson
            case "office_phone": officePhone
            default: mobile
            }
        }
        set {
            switch column {
            case "contact_person": contactPerson = newValue
            case "office_phone": officePhone = newValue
            default: mobile = newValue
            }
        }
    }
}

extension UnitDetails {
    /// The personal fields of these details.
    package var contact: StoredContact {
        StoredContact(contactPerson: contactPerson, officePhone: officePhone, mobile: mobile)
    }
}

/// How every backend writes and reads a unit's personal fields (contact person, office phone,
/// mobile): sealed with the store's ``FieldSealer`` when it has one, the same rule and messages
/// on every backend.
///
/// - Writing: a non-empty value that changed is sealed (`units.mobile` etc. as the field);
///   empty stays empty; an unchanged value keeps what is stored. Without a sealer, a store with
///   an office key refuses a changed non-empty value (clearing one is allowed: it writes nothing
///   personal).
/// - Reading: a sealed value is opened; without a sealer it reads as ``placeholder``. Plain
///   values (stored before `seatplan keys init` and not sealed yet) read as they are.
package struct PersonalFields: Sendable {
    /// What a sealed value reads as without the data key.
    package static let placeholder = "（已加密）"
    /// How a sealed value begins (``FieldSealer/sealedPrefix``).
    package static let sealedPrefix = "sm4:"
    /// The personal columns of `units`, in the order changes are reported.
    package static let columns = ["contact_person", "office_phone", "mobile"]

    /// The sealer's field name of `column`, e.g. `units.mobile`.
    package static func field(_ column: String) -> String { "units.\(column)" }

    /// Whether `stored` is a sealed value.
    package static func isSealed(_ stored: String) -> Bool { stored.hasPrefix(sealedPrefix) }

    /// The refusal of a write the store must seal but cannot.
    package static func sealerRequired(store: String) -> ExchangeStoreError {
        ExchangeStoreError(
            .invalidInput, store: store,
            "this store keeps contact details encrypted: unlock the office key "
                + "(--key-passphrase-file FILE or SEATPLAN_KEY_PASSPHRASE)")
    }

    /// The sealer the store was opened with, if any.
    package let sealer: (any FieldSealer)?
    /// The store named in errors.
    package let store: String

    /// The rule for a store at `store` opened with `sealer`.
    package init(sealer: (any FieldSealer)?, store: String) {
        self.sealer = sealer
        self.store = store
    }

    /// The readable value of `stored` (column `column` of unit `unit`).
    ///
    /// - Throws: ``ExchangeStoreError/Kind/corrupt`` when the sealer cannot open it (changed,
    ///   or sealed under another key); the message names the field and unit, never a value.
    package func open(_ stored: String, column: String, unit: String) throws(ExchangeStoreError) -> String {
        guard Self.isSealed(stored) else { return stored }
        guard let sealer else { return Self.placeholder }
        do {
            return try sealer.open(stored, field: Self.field(column))
        } catch {
            throw ExchangeStoreError(
                .corrupt, store: store,
                "cannot open \(Self.field(column)) of unit '\(unit)': it was changed or sealed under another key "
                    + "(\(type(of: error)))")
        }
    }

    /// The readable values of `stored` (of unit `unit`).
    package func open(_ stored: StoredContact, unit: String) throws(ExchangeStoreError) -> StoredContact {
        var opened = stored
        for column in Self.columns { opened[column] = try open(stored[column], column: column, unit: unit) }
        return opened
    }

    /// `details` (read from storage, personal fields as stored) with their personal fields opened.
    package func open(_ details: UnitDetails) throws(ExchangeStoreError) -> UnitDetails {
        let opened = try open(details.contact, unit: details.name)
        var result = details
        result.contactPerson = opened.contactPerson
        result.officePhone = opened.officePhone
        result.mobile = opened.mobile
        return result
    }

    /// The mobile number to send a message to, from `stored` (as the outbox claim reads it:
    /// trimmed of spaces, as SQL's `trim` does); empty when the unit has none.
    package func mobileToSend(_ stored: String, unit: String) throws(ExchangeStoreError) -> String {
        try open(stored, column: "mobile", unit: unit).trimmingCharacters(in: CharacterSet(charactersIn: " "))
    }

    /// `value` sealed for `column` of unit `unit`.
    package func seal(_ value: String, column: String, unit: String) throws(ExchangeStoreError) -> String {
        guard let sealer else {
            throw ExchangeStoreError(
                .invalidInput, store: store, "cannot seal \(Self.field(column)) of unit '\(unit)': no field sealer")
        }
        do {
            return try sealer.seal(value, field: Self.field(column))
        } catch {
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "cannot seal \(Self.field(column)) of unit '\(unit)': the field sealer failed (\(type(of: error)))")
        }
    }

    /// What to store for unit `unit`'s personal fields `given`, where `current` is stored now
    /// (`nil` for a new unit), and the columns that changed, compared as read (opened).
    ///
    /// - Parameter officeKey: the store's office key fingerprint, `nil` when it has none.
    /// - Throws: ``ExchangeStoreError/Kind/invalidInput`` when a changed non-empty value must
    ///   be sealed but no sealer is at hand, or the sealer fails.
    package func toStore(
        _ given: StoredContact, current: StoredContact?, unit: String, officeKey: String?
    ) throws(ExchangeStoreError) -> (values: StoredContact, changed: [String]) {
        var values = given
        var changed: [String] = []
        for column in Self.columns {
            let value = given[column]
            if let current, try open(current[column], column: column, unit: unit) == value {
                values[column] = current[column]
                continue
            }
            if current != nil { changed.append(column) }
            if value.isEmpty { continue }
            if sealer != nil {
                values[column] = try seal(value, column: column, unit: unit)
            } else if officeKey != nil {
                throw Self.sealerRequired(store: store)
            }
        }
        return (values, changed)
    }

    /// The values of `stored` still plain (non-empty and not sealed), sealed; `nil` when none is.
    package func sealingPlain(_ stored: StoredContact, unit: String) throws(ExchangeStoreError) -> (
        values: StoredContact, count: Int
    )? {
        var values = stored
        var count = 0
        for column in Self.columns where !stored[column].isEmpty && !Self.isSealed(stored[column]) {
            values[column] = try seal(stored[column], column: column, unit: unit)
            count += 1
        }
        return count == 0 ? nil : (values, count)
    }

    /// Refuses sealing without a sealer (`sealPersonalFields`).
    package func requireSealer() throws(ExchangeStoreError) {
        guard sealer != nil else {
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "cannot seal contact details without the data key: unlock the office key "
                    + "(--key-passphrase-file FILE or SEATPLAN_KEY_PASSPHRASE)")
        }
    }
}
