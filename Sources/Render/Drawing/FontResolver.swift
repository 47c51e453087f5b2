import CPangoCairo

/// Maps a ``FontFamily`` to the name of an installed face.
enum FontResolver {
    /// Noto Serif CJK SC (Debian `fonts-noto-cjk`).
    static let serifFace = "Noto Serif CJK SC"
    /// Noto Sans CJK SC (Debian `fonts-noto-cjk`).
    static let sansFace = "Noto Sans CJK SC"
    /// Kai faces to look for, preferred first. AR PL UKai CN comes from `fonts-arphic-ukai`.
    static let kaiCandidates = ["AR PL UKai CN", "KaiTi", "STKaiti", "AR PL KaitiM GB", "LXGW WenKai"]

    /// The first installed Kai face, or `nil`; looked up once per process.
    static let installedKaiFace: String? = {
        let installed = installedFamilyNames()
        return kaiCandidates.first { installed.contains($0) }
    }()

    /// The face name Pango should use for `family`.
    static func faceName(for family: FontFamily) -> String {
        switch family {
        case .serif: return serifFace
        case .sans: return sansFace
        case .kai: return installedKaiFace ?? serifFace
        }
    }

    /// The family names of Pango's default Cairo font map.
    private static func installedFamilyNames() -> Set<String> {
        guard let fontMap = pango_cairo_font_map_get_default() else { return [] }
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &families, &count)
        guard let families else { return [] }
        defer { g_free(families) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            if let family = families[index], let name = pango_font_family_get_name(family) {
                names.insert(String(cString: name))
            }
        }
        return names
    }
}
