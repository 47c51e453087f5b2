import Foundation

// The exchange network's records as the other backends of this package build them from their
// rows (the PostgreSQL store): structs of another module cannot be built field by field, and
// the implicit memberwise initializers are internal (and cannot be redeclared as `package`).

extension Account {
    /// An account as a backend read it.
    package static func stored(
        id: AccountID, login: String, kind: AccountKind, unitName: String?, displayName: String, isActivated: Bool,
        failedSignIns: Int, lastFailedAt: Date?, lockedUntil: Date?, createdAt: Date
    ) -> Account {
        Account(
            id: id, login: login, kind: kind, unitName: unitName, displayName: displayName, isActivated: isActivated,
            failedSignIns: failedSignIns, lastFailedAt: lastFailedAt, lockedUntil: lockedUntil, createdAt: createdAt)
    }
}

extension SignInRecord {
    /// An account with its stored password hash.
    package static func stored(account: Account, passwordHash: String?) -> SignInRecord {
        SignInRecord(account: account, passwordHash: passwordHash)
    }
}

extension SessionRecord {
    /// A live session of `account`.
    package static func stored(account: Account, expiresAt: Date) -> SessionRecord {
        SessionRecord(account: account, expiresAt: expiresAt)
    }
}

extension AttachmentInfo {
    /// An attachment as a backend read it.
    package static func stored(
        id: AttachmentID, noticeID: NoticeID, fileName: String, contentType: String, byteCount: Int, sha256: String
    ) -> AttachmentInfo {
        AttachmentInfo(
            id: id, noticeID: noticeID, fileName: fileName, contentType: contentType, byteCount: byteCount,
            sha256: sha256)
    }
}

extension NoticeInfo {
    /// A notice as a backend read it.
    package static func stored(
        id: NoticeID, meetingID: MeetingID, category: NoticeCategory, title: String, body: String, deadline: Date?,
        planVersionID: PlanVersionID?, createdBy: String, createdAt: Date, recipientCount: Int, readCount: Int,
        attachments: [AttachmentInfo]
    ) -> NoticeInfo {
        NoticeInfo(
            id: id, meetingID: meetingID, category: category, title: title, body: body, deadline: deadline,
            planVersionID: planVersionID, createdBy: createdBy, createdAt: createdAt, recipientCount: recipientCount,
            readCount: readCount, attachments: attachments)
    }
}

extension InboxItem {
    /// A notice in one unit's inbox.
    package static func stored(
        notice: NoticeInfo, unitID: UnitID, unitName: String, readAt: Date?, readBy: String?
    ) -> InboxItem {
        InboxItem(notice: notice, unitID: unitID, unitName: unitName, readAt: readAt, readBy: readBy)
    }
}

extension BoardRow {
    /// One unit's line on the delivery board.
    package static func stored(
        unitID: UnitID, unitName: String, officialOrder: Int, parentID: UnitID?, noticeSent: Bool, readAt: Date?,
        roster: RosterState, submissionCount: Int, acceptedRows: Int, rejectedRows: Int, lastSubmittedAt: Date?,
        readReminders: Int, reportReminders: Int
    ) -> BoardRow {
        BoardRow(
            unitID: unitID, unitName: unitName, officialOrder: officialOrder, parentID: parentID,
            noticeSent: noticeSent, readAt: readAt, roster: roster, submissionCount: submissionCount,
            acceptedRows: acceptedRows, rejectedRows: rejectedRows, lastSubmittedAt: lastSubmittedAt,
            readReminders: readReminders, reportReminders: reportReminders)
    }
}
