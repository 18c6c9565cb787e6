package io.whosaid.lexicon;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Place names the JDK itself carries: the English names of the ISO 3166 countries and the
 * cities of the time-zone database ("Europe/Kyiv", "America/New_York"). They widen the
 * bundled places list without a data download.
 */
final class JdkPlaces {
    /** Research stations, county seats and sub-zones whose names are mostly people in news text. */
    private static final Set<String> SKIPPED_ZONE_PREFIXES = Set.of("Etc/", "SystemV/", "Antarctica/", "America/Indiana/",
            "America/Kentucky/", "America/North_Dakota/", "America/Argentina/");
    private static final Set<String> NOT_PLACES_IN_NEWS = Set.of("Johnston", "Easter", "Christmas", "Wake", "Midway",
            "Stanley", "Hobart", "Darwin", "Lindeman", "Currie", "Eucla", "Regina", "Dawson", "Knox IN", "Menominee",
            "Center", "Creston", "Marigot", "Faroe", "Canary", "Madeira", "Troll", "Casey", "Davis", "Palmer", "Mawson",
            "Vostok", "McMurdo", "Rothera", "Syowa", "Macquarie", "Jan Mayen", "Truk", "Yap", "Pohnpei", "Chuuk",
            "Enderbury", "Kanton", "Kiritimati", "Fakaofo", "Funafuti", "Majuro", "Kwajalein", "Wallis", "Efate",
            "Noumea", "Norfolk", "Pitcairn", "Marquesas", "Gambier", "Tahiti", "Galapagos", "Acre", "Eirunepe",
            "Metlakatla", "Yakutat", "Sitka", "Nome", "Adak", "Atka", "Shiprock", "Thule", "Boise", "Ojinaga", "Bahia",
            "Rio Branco", "Porto Acre", "Coral Harbour", "Atikokan", "Nipigon", "Rainy River", "Resolute", "Rankin Inlet",
            "Swift Current", "Fort Nelson", "Glace Bay", "Goose Bay", "Dawson Creek", "Cambridge Bay", "Pangnirtung",
            "Iqaluit", "Inuvik", "Ensenada", "Merida", "Matamoros", "Hermosillo", "Santa Isabel", "Bahia Banderas",
            "Belem", "Santarem", "Maceio", "Araguaina", "Noronha", "Cuiaba", "Campo Grande", "Boa Vista", "Porto Velho",
            "Manaus", "Recife", "Fortaleza", "Punta Arenas", "Scoresbysund", "Danmarkshavn", "Godthab", "Nuuk",
            "Miquelon", "Grand Turk", "Lower Princes", "Kralendijk", "Curacao", "Aruba", "Anguilla", "Tortola",
            "St Thomas", "St Kitts", "St Lucia", "St Vincent", "St Barthelemy", "St Johns", "Reunion", "Mahe",
            "Chagos", "Kerguelen", "Cocos", "Comoro", "Mayotte", "Antananarivo", "Lord Howe", "Broken Hill", "Yancowinna",
            "Chatham", "Ushuaia", "Salta", "Jujuy", "Tucuman", "Catamarca", "La Rioja", "San Juan", "San Luis",
            "Rio Gallegos", "Cordoba", "Mendoza", "Buenos Aires", "Saigon", "Calcutta", "Rangoon", "Katmandu",
            "Ulaanbaatar", "Ulan Bator", "Choibalsan", "Hovd", "Barnaul");

    private JdkPlaces() {}

    static Set<String> names() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                names.add(name);
                int paren = name.indexOf(" (");
                if (paren > 0) {
                    names.add(name.substring(0, paren)); // "Congo (DRC)" -> "Congo"
                }
            }
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash < 0 || SKIPPED_ZONE_PREFIXES.stream().anyMatch(zone::startsWith)) {
                continue;
            }
            String city = zone.substring(slash + 1).replace('_', ' ');
            if (city.length() > 2 && Character.isUpperCase(city.charAt(0)) && !city.startsWith("GMT")
                    && !NOT_PLACES_IN_NEWS.contains(city)) {
                names.add(city);
            }
        }
        return names;
    }
}
