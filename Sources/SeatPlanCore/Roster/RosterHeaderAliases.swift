/// The Chinese column headings a roster may use instead of the English ones, as units write
/// them and as ``RosterTemplate`` sets them.
public enum RosterHeaderAliases {
    /// Each accepted heading and the roster column it stands for.
    public static let chinese: [String: String] = [
        "编号": "id",
        "姓名": "name",
        "单位": "unit",
        "单位名称": "unit",
        "单位序号": "unit_order",
        "单位排序": "unit_order",
        "序号": "precedence",
        "排序": "precedence",
        "类别": "role",
        "身份": "role",
        "职务": "title",
        "性别": "gender",
        "备注": "tags",
    ]
}
