"""Hand-written additions to the GeoNames data shipped in PyPI packages.

* ``FEATURES``: regions and physical features that news names but the packages lack
  (they carry only populated places and administrative divisions). Coordinates are
  GeoNames' own points where known, otherwise a representative central point.
  ``geonameid`` is given where it is the GeoNames id of that feature, else ``None``.
* ``ALIASES``: exonyms and old names -> (current name, ISO alpha-2 country).
* ``US_STATE_ABBREV``: AP-style abbreviations used in datelines and after town names.
* ``COUNTRY_POINTS``: GeoNames' country points where they differ from the CIA-factbook
  points shipped by ``countryinfo``.
* ``DEMONYMS``: adjectives for countries that ``countryinfo`` lacks or gives oddly.
* ``PLACE_DEMONYMS``: adjectives and nouns for regions and cities ("South Ossetian",
  "Londoner") -> (the place's name, ISO alpha-2).
"""
from __future__ import annotations

# name, geonameid, lat, lon, country alpha-2 ("" for none), feature code, aliases
FEATURES: list[tuple[str, int | None, float, float, str, str, tuple[str, ...]]] = [
    # Ukraine / Russia
    ("Donbas", None, 48.0, 38.5, "UA", "RGN", ("Donbass", "Donets Basin")),
    ("Crimea", 703883, 45.0, 34.0, "UA", "ADM1", ("Crimean Peninsula", "Krym", "Republic of Crimea")),
    ("Dnipro River", None, 46.75, 33.0, "UA", "STM", ("Dnipro", "Dnieper", "Dnieper River", "River Dnipro",
                                                     "River Dnieper", "Dnepr")),
    ("Black Sea", 630673, 43.0, 35.0, "", "SEA", ()),
    ("Sea of Azov", None, 46.0, 36.5, "", "SEA", ("Azov Sea",)),
    ("Kherson Oblast", 706442, 46.5, 33.5, "UA", "ADM1", ("Kherson region", "Kherson province")),
    ("Zaporizhzhia Oblast", 687699, 47.5, 35.5, "UA", "ADM1", ("Zaporizhzhia region", "Zaporizhia region")),
    ("Donetsk Oblast", 709716, 48.0, 37.75, "UA", "ADM1", ("Donetsk region", "Donetsk province", "Donetsk")),
    ("Luhansk Oblast", 702657, 48.75, 39.0, "UA", "ADM1", ("Luhansk region", "Lugansk region", "Luhansk province",
                                                        "Luhansk", "Lugansk")),
    ("Kharkiv Oblast", 706482, 49.5, 36.5, "UA", "ADM1", ("Kharkiv region", "Kharkov region", "Kharkiv")),
    ("Kursk Oblast", 538555, 51.75, 36.0, "RU", "ADM1", ("Kursk region", "Kursk")),
    ("Belgorod Oblast", 578071, 50.75, 37.5, "RU", "ADM1", ("Belgorod region", "Belgorod")),
    ("Siberia", None, 60.0, 100.0, "RU", "RGN", ()),
    ("Chechnya", 569665, 43.25, 45.75, "RU", "ADM1", ("Chechen Republic",)),
    ("South Ossetia", None, 42.35, 43.97, "GE", "RGN", ("Tskhinvali Region",)),
    ("Abkhazia", None, 43.0, 41.0, "GE", "RGN", ("Abkhaz",)),
    ("Dagestan", 567293, 43.0, 47.0, "RU", "ADM1", ("Daghestan", "Republic of Dagestan")),
    ("Kerch Strait", None, 45.3, 36.55, "", "STRT", ("Strait of Kerch",)),
    # Middle East
    ("Gaza Strip", 281132, 31.42, 34.36, "PS", "RGN", ("Gaza",)),
    ("West Bank", 285153, 32.0, 35.25, "PS", "RGN", ()),
    ("Golan Heights", None, 33.0, 35.75, "SY", "RGN", ("the Golan", "Golan")),
    ("Sinai Peninsula", 355182, 29.5, 33.8, "EG", "PEN", ("Sinai",)),
    ("Strait of Hormuz", None, 26.57, 56.25, "", "STRT", ("Hormuz Strait",)),
    ("Persian Gulf", None, 27.0, 51.0, "", "GULF", ("Arabian Gulf", "The Gulf")),
    ("Red Sea", 350155, 20.0, 38.5, "", "SEA", ()),
    ("Gulf of Aden", None, 12.5, 48.0, "", "GULF", ()),
    ("Bab el-Mandeb", None, 12.58, 43.33, "", "STRT", ("Bab al-Mandab", "Bab-el-Mandeb")),
    ("Mediterranean Sea", 363196, 35.0, 20.0, "", "SEA", ("Mediterranean", "the Mediterranean")),
    ("Caspian Sea", None, 42.0, 50.5, "", "LK", ()),
    ("Dead Sea", None, 31.5, 35.5, "", "LK", ()),
    ("Euphrates", None, 34.5, 40.9, "", "STM", ("Euphrates River",)),
    ("Tigris", None, 35.0, 43.3, "", "STM", ("Tigris River",)),
    ("Nile", None, 27.0, 31.0, "EG", "STM", ("Nile River", "River Nile")),
    ("Kurdistan", None, 36.5, 44.0, "IQ", "RGN", ("Iraqi Kurdistan", "Kurdistan Region")),
    ("Middle East", None, 29.0, 41.0, "", "RGN", ("Mideast",)),
    ("Levant", None, 34.0, 36.0, "", "RGN", ()),
    # Asia
    ("Kashmir", 1269320, 34.0, 76.5, "IN", "RGN", ("Jammu and Kashmir",)),
    ("Xinjiang", 1529047, 42.0, 86.0, "CN", "ADM1", ("Xinjiang Uygur Autonomous Region",)),
    ("Tibet", 1279685, 32.0, 90.0, "CN", "ADM1", ("Tibet Autonomous Region",)),
    ("Taiwan Strait", None, 24.0, 119.5, "", "STRT", ("Strait of Taiwan", "Formosa Strait")),
    ("South China Sea", 1818190, 13.0, 114.0, "", "SEA", ()),
    ("East China Sea", None, 29.0, 125.0, "", "SEA", ()),
    ("Korean Peninsula", None, 37.5, 127.5, "", "PEN", ()),
    ("Strait of Malacca", None, 2.5, 101.3, "", "STRT", ("Malacca Strait",)),
    ("Himalayas", None, 28.0, 84.0, "", "MTS", ("Himalaya",)),
    ("Hindu Kush", None, 36.0, 71.0, "", "MTS", ()),
    ("Balochistan", 1183606, 28.5, 65.0, "PK", "ADM1", ("Baluchistan",)),
    ("Mindanao", 1699494, 8.0, 125.0, "PH", "ISL", ()),
    ("Rakhine", 1298852, 19.5, 94.0, "MM", "ADM1", ("Rakhine State", "Arakan")),
    # Africa
    ("Sahel", None, 15.0, 0.0, "", "RGN", ()),
    ("Sahara", None, 23.0, 13.0, "", "DSRT", ("Sahara Desert",)),
    ("Darfur", None, 13.5, 24.0, "SD", "RGN", ()),
    ("Tigray", 444186, 14.0, 39.0, "ET", "ADM1", ("Tigray region",)),
    ("Horn of Africa", None, 8.0, 45.0, "", "PEN", ()),
    ("Lake Chad", None, 13.0, 14.5, "", "LK", ()),
    ("Cabo Delgado", 1051823, -12.5, 39.5, "MZ", "ADM1", ()),
    ("Western Sahara", 2461445, 24.5, -13.0, "EH", "TERR", ()),
    # Europe / Americas / global
    ("Balkans", None, 43.0, 21.0, "", "RGN", ("Balkan Peninsula", "the Balkans")),
    ("Caucasus", None, 42.5, 45.0, "", "RGN", ("Caucasus Mountains",)),
    ("Baltic Sea", None, 58.0, 20.0, "", "SEA", ()),
    ("North Sea", None, 56.0, 3.0, "", "SEA", ()),
    ("English Channel", None, 50.2, -1.0, "", "CHN", ("the Channel",)),
    ("Arctic", None, 75.0, 0.0, "", "RGN", ("Arctic Ocean",)),
    ("Atlantic Ocean", 3411923, 10.0, -25.0, "", "OCN", ("Atlantic", "the Atlantic")),
    ("Pacific Ocean", 2363254, 0.0, -160.0, "", "OCN", ("Pacific", "the Pacific")),
    ("Indian Ocean", 1545739, -10.0, 70.0, "", "OCN", ()),
    ("Gulf of Mexico", 3523271, 25.0, -90.0, "", "GULF", ("Gulf Coast",)),
    ("Caribbean", None, 15.0, -75.0, "", "SEA", ("Caribbean Sea",)),
    ("Mississippi River", None, 35.0, -90.1, "US", "STM", ()),
    ("Ohio River", None, 38.5, -85.0, "US", "STM", ()),
    ("Rio Grande", None, 29.5, -103.0, "US", "STM", ()),
    ("Great Lakes", None, 45.0, -84.0, "", "LKS", ()),
    ("Lake Michigan", 4999836, 44.0, -87.0, "US", "LK", ()),
    ("Lake Erie", None, 42.2, -81.2, "", "LK", ()),
    # major US lakes, bays, islands, regions and rivers that national news names (points:
    # the middle of a lake, bay or island group; a river's point lies on its lower course)
    ("Lake Superior", None, 47.7, -87.5, "", "LK", ()),
    ("Lake Huron", None, 44.8, -82.4, "", "LK", ()),
    ("Lake Ontario", None, 43.7, -77.9, "", "LK", ()),
    ("Lake Champlain", None, 44.53, -73.33, "US", "LK", ()),
    ("Great Salt Lake", None, 41.17, -112.58, "US", "LK", ()),
    ("Lake Tahoe", None, 39.09, -120.04, "US", "LK", ()),
    ("Lake Okeechobee", None, 26.95, -80.83, "US", "LK", ()),
    ("Lake Mead", None, 36.25, -114.39, "US", "RSV", ()),
    ("Lake Powell", None, 37.07, -110.97, "US", "RSV", ()),
    ("Chesapeake Bay", None, 37.8, -76.1, "US", "BAY", ()),
    ("San Francisco Bay", None, 37.7, -122.25, "US", "BAY", ()),
    ("Puget Sound", None, 47.6, -122.45, "US", "SD", ()),
    ("Long Island Sound", None, 41.1, -72.9, "US", "SD", ()),
    ("Gulf of Alaska", None, 57.0, -144.0, "", "GULF", ()),
    ("Long Island", None, 40.8, -73.1, "US", "ISL", ()),
    ("Cape Cod", None, 41.75, -70.2, "US", "CAPE", ()),
    ("Florida Keys", None, 24.67, -81.5, "US", "ISLS", ("the Keys",)),
    ("Outer Banks", None, 35.56, -75.47, "US", "ISLS", ()),
    ("Aleutian Islands", None, 52.0, -175.0, "US", "ISLS", ("Aleutians",)),
    ("Pacific Northwest", None, 46.0, -121.0, "US", "RGN", ()),
    ("Great Plains", None, 40.0, -100.0, "US", "RGN", ()),
    ("Rocky Mountains", None, 40.0, -106.0, "US", "MTS", ("Rockies",)),
    ("Missouri River", None, 40.0, -95.8, "US", "STM", ()),
    ("Hudson River", None, 41.7, -73.95, "US", "STM", ("Hudson Valley",)),
    ("Potomac River", None, 38.85, -77.05, "US", "STM", ("Potomac",)),
    ("Delaware River", None, 40.3, -74.9, "US", "STM", ()),
    ("Susquehanna River", None, 40.5, -76.9, "US", "STM", ()),
    ("Columbia River", None, 46.2, -122.0, "US", "STM", ()),
    ("Colorado River", None, 36.1, -112.1, "US", "STM", ()),
    ("Snake River", None, 43.5, -115.0, "US", "STM", ()),
    ("Tennessee River", None, 35.1, -86.5, "US", "STM", ()),
    ("Sacramento River", None, 38.6, -121.5, "US", "STM", ()),
    ("Midwest", None, 41.0, -90.0, "US", "RGN", ("Midwestern United States",)),
    ("New England", None, 43.5, -71.5, "US", "RGN", ()),
    ("Appalachia", None, 38.0, -81.5, "US", "RGN", ("Appalachians", "Appalachian Mountains")),
    ("Amazon", None, -3.5, -62.0, "BR", "RGN", ("Amazon rainforest", "Amazon River")),
    ("Patagonia", None, -45.0, -69.0, "AR", "RGN", ()),
    ("Silicon Valley", None, 37.4, -122.0, "US", "RGN", ()),
    ("Wall Street", None, 40.706, -74.009, "US", "ST", ()),
    ("Capitol Hill", None, 38.89, -77.0, "US", "PPLX", ()),
    ("Manhattan", 5125771, 40.7834, -73.9663, "US", "PPLX", ()),
    ("Brooklyn", 5110302, 40.6501, -73.9496, "US", "PPLX", ()),
    ("Europe", 6255148, 48.69, 9.14, "", "CONT", ()),
    ("Asia", 6255147, 29.84, 89.30, "", "CONT", ()),
    ("Africa", 6255146, 7.19, 21.09, "", "CONT", ()),
    ("North America", 6255149, 46.07, -100.55, "", "CONT", ()),
    ("South America", 6255150, -14.60, -57.66, "", "CONT", ("Latin America",)),
    ("Oceania", 6255151, -18.31, 138.52, "", "CONT", ()),
    ("Antarctica", 6255152, -78.16, 16.41, "AQ", "CONT", ()),
]

# exonym / old name -> (current name, alpha-2): resolved to that place at build time
ALIASES: dict[str, tuple[str, str]] = {
    "Kiev": ("Kyiv", "UA"), "Dnipropetrovsk": ("Dnipro", "UA"), "Dnepropetrovsk": ("Dnipro", "UA"),
    "Kharkov": ("Kharkiv", "UA"), "Odessa": ("Odesa", "UA"), "Lugansk": ("Luhansk", "UA"),
    "Nikolaev": ("Mykolaiv", "UA"), "Nikolayev": ("Mykolaiv", "UA"), "Zaporozhye": ("Zaporizhzhia", "UA"),
    "Zaporizhia": ("Zaporizhzhia", "UA"), "Artemivsk": ("Bakhmut", "UA"), "Artyomovsk": ("Bakhmut", "UA"),
    "Kirovograd": ("Kropyvnytskyi", "UA"),
    "Bombay": ("Mumbai", "IN"), "Calcutta": ("Kolkata", "IN"), "Madras": ("Chennai", "IN"),
    "Bangalore": ("Bengaluru", "IN"), "Peking": ("Beijing", "CN"), "Rangoon": ("Yangon", "MM"),
    "Saigon": ("Ho Chi Minh City", "VN"), "Leningrad": ("Saint Petersburg", "RU"),
    "St Petersburg": ("Saint Petersburg", "RU"), "Stalingrad": ("Volgograd", "RU"),
    "Constantinople": ("Istanbul", "TR"),
    "Phila.": ("Philadelphia", "US"),  # AP's short form in headlines
}

# spelling of a division in news and reports -> (a name the packages know it by, alpha-2):
# transliterations of Iraqi, Syrian, Afghan and Yemeni governorates and provinces that GeoNames
# lacks (UN and press usage), resolved to that division at build time
ADMIN_ALIASES: dict[str, tuple[str, str]] = {
    "Ninewa": ("Nineveh", "IQ"), "Ninawa": ("Nineveh", "IQ"), "Thi Qar": ("Dhi Qar", "IQ"),
    "Salah al-Din": ("Salah ad Din", "IQ"), "Salah al Din": ("Salah ad Din", "IQ"),
    "Salahuddin": ("Salah ad Din", "IQ"), "Salahaddin": ("Salah ad Din", "IQ"),
    "Sulaimaniyah": ("As Sulaymaniyah", "IQ"), "Sulaymaniyah Governorate": ("As Sulaymaniyah", "IQ"),
    "Missan": ("Maysan", "IQ"), "Qadisiyah": ("Al Qadisiyah", "IQ"), "Qadisiyyah": ("Al Qadisiyah", "IQ"),
    "Diwaniyah": ("Al Qadisiyah", "IQ"),
    "Deir Ezzor": ("Deir ez-Zor", "SY"), "Deir-ez-Zor": ("Deir ez-Zor", "SY"),
    "As-Sweida": ("Suwayda", "SY"), "Rural Damascus": ("Rif Dimashq", "SY"),
    "Urozgan": ("Uruzgan", "AF"), "Oruzgan": ("Uruzgan", "AF"), "Paktya": ("Paktia", "AF"),
    "Maidan Wardak": ("Wardak", "AF"), "Maidan-Wardak": ("Wardak", "AF"), "Jawzjan": ("Jowzjan", "AF"),
    "Hodeidah": ("Al Hudaydah", "YE"), "Hudaydah": ("Al Hudaydah", "YE"), "Hadramout": ("Hadramawt", "YE"),
    "Hadhramaut": ("Hadramawt", "YE"), "Socotra": ("Soqatra", "YE"), "Taizz": ("Taiz", "YE"),
    # Myanmar's Shan and Bago as split by MIMU and in conflict reporting ("Shan-North state")
    "Shan-North": ("Shan", "MM"), "Shan-South": ("Shan", "MM"), "Shan-East": ("Shan", "MM"),
    "Northern Shan": ("Shan", "MM"), "Southern Shan": ("Shan", "MM"), "Eastern Shan": ("Shan", "MM"),
    "Bago-East": ("Bago", "MM"), "Bago-West": ("Bago", "MM"),
    # Kyrgyzstan's Chüy region as the UN and the press spell it (GeoNames 1538652)
    "Chui": ("Chüy", "KG"),
}

# country alias -> alpha-2
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "America": "US", "United States": "US",
    "United States of America": "US", "the States": "US",
    "U.K.": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB",
    "Burma": "MM", "Ivory Coast": "CI", "Swaziland": "SZ", "Czech Republic": "CZ", "Czechia": "CZ",
    "Turkiye": "TR", "Türkiye": "TR", "Holland": "NL", "North Korea": "KP", "South Korea": "KR",
    "Korea": "KR", "Russia": "RU", "Iran": "IR", "Syria": "SY", "Laos": "LA", "Vietnam": "VN",
    "Moldova": "MD", "Macedonia": "MK", "North Macedonia": "MK", "Congo": "CD", "DR Congo": "CD",
    "DRC": "CD", "Democratic Republic of Congo": "CD", "Republic of Congo": "CG",
    "Palestine": "PS", "Palestinian territories": "PS", "Vatican": "VA", "Bolivia": "BO",
    "Venezuela": "VE", "Tanzania": "TZ", "East Timor": "TL", "Cape Verde": "CV", "UAE": "AE",
    "Emirates": "AE", "Taiwan": "TW", "Kosovo": "XK", "Brunei": "BN", "Micronesia": "FM",
}

# GeoNames' country points (where countryinfo's differ by more than ~100 km)
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "AU": (-25.0, 135.0), "RU": (60.0, 100.0), "CN": (35.0, 105.0), "BR": (-10.0, -55.0),
    "IN": (22.0, 79.0), "FR": (46.0, 2.0), "DE": (51.5, 10.5), "IL": (31.5, 34.75),
    "PS": (31.92157, 35.20329), "UA": (49.0, 32.0), "GE": (41.99998, 43.4999), "MX": (23.0, -102.0),
    "XK": (42.58333, 21.0), "NO": (62.0, 10.0), "CL": (-30.0, -71.0), "AR": (-34.0, -64.0),
}

DEMONYMS: dict[str, str] = {
    "American": "US", "British": "GB", "English": "GB", "Scottish": "GB", "Welsh": "GB",
    "Palestinian": "PS", "Israeli": "IL", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY",
    "Lebanese": "LB", "Egyptian": "EG", "Sudanese": "SD", "Saudi": "SA", "Russian": "RU",
    "Ukrainian": "UA", "Chinese": "CN", "Japanese": "JP", "Korean": "KR", "North Korean": "KP",
    "South Korean": "KR", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN", "Turkish": "TR",
    "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES", "Mexican": "MX",
    "Canadian": "CA", "Cuban": "CU", "Venezuelan": "VE", "Brazilian": "BR", "Georgian": "GE",
    "Yemeni": "YE", "Somali": "SO", "Ethiopian": "ET", "Kenyan": "KE", "Nigerian": "NG",
    "Libyan": "LY", "Jordanian": "JO", "Qatari": "QA", "Emirati": "AE", "Kuwaiti": "KW",
    "Polish": "PL", "Belarusian": "BY", "Dutch": "NL", "Irish": "IE", "Australian": "AU",
    "Taiwanese": "TW", "Vietnamese": "VN", "Filipino": "PH", "Indonesian": "ID", "Thai": "TH",
    "Burmese": "MM", "Malian": "ML", "Haitian": "HT", "Colombian": "CO", "Serbian": "RS",
    "Greek": "GR", "Swedish": "SE", "Finnish": "FI", "Norwegian": "NO", "Danish": "DK",
    "Swiss": "CH", "Austrian": "AT", "Hungarian": "HU", "Czech": "CZ", "Romanian": "RO",
    "Bulgarian": "BG", "Armenian": "AM", "Azerbaijani": "AZ", "Kazakh": "KZ", "Uzbek": "UZ",
    "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepalese": "NP", "Algerian": "DZ",
    "Moroccan": "MA", "Tunisian": "TN", "Zimbabwean": "ZW", "South African": "ZA",
    "Congolese": "CD", "Rwandan": "RW", "Ugandan": "UG", "Chadian": "TD", "Peruvian": "PE",
    "Chilean": "CL", "Argentine": "AR", "Argentinian": "AR", "Bolivian": "BO", "Nicaraguan": "NI",
    "Salvadoran": "SV", "Guatemalan": "GT", "Honduran": "HN", "Jamaican": "JM", "Scandinavian": "",
}

# AP-style state abbreviations and postal codes -> postal code
US_STATE_ABBREV: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI",
    "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC",
    "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI",
    "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA",
    "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY",
    "D.C.": "DC",
}

# GeoNames' own points for US states and Canadian provinces (country, name) -> (lat, lon).
# Without them a division gets the middle of its cities' bounding box, which for a large
# or oddly shaped one (Virginia, Ontario, Michigan) lies 150-400 km from GeoNames' point.
ADMIN1_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("US", "Alabama"): (32.75041, -86.75026), ("US", "Alaska"): (64.00028, -150.00028),
    ("US", "Arizona"): (34.5003, -111.50098), ("US", "Arkansas"): (34.75037, -92.50044),
    ("US", "California"): (37.25022, -119.75126), ("US", "Colorado"): (39.00027, -105.50083),
    ("US", "Connecticut"): (41.66704, -72.66648), ("US", "Delaware"): (39.00039, -75.49992),
    ("US", "District of Columbia"): (38.91706, -77.00025),
    ("US", "Florida"): (28.75054, -82.5001), ("US", "Georgia"): (32.75042, -83.50018),
    ("US", "Hawaii"): (20.75028, -156.50028), ("US", "Idaho"): (44.5002, -114.25118),
    ("US", "Illinois"): (40.00032, -89.25037), ("US", "Indiana"): (40.00032, -86.25027),
    ("US", "Iowa"): (42.00027, -93.50049), ("US", "Kansas"): (38.50029, -98.50063),
    ("US", "Kentucky"): (38.20042, -84.87762), ("US", "Louisiana"): (31.00047, -92.000),
    ("US", "Maine"): (45.50032, -69.24977), ("US", "Maryland"): (39.00039, -76.74997),
    ("US", "Massachusetts"): (42.36565, -71.10832), ("US", "Michigan"): (44.25029, -85.50033),
    ("US", "Minnesota"): (46.25024, -94.25055), ("US", "Mississippi"): (32.75041, -89.75036),
    ("US", "Missouri"): (38.25031, -92.50046), ("US", "Montana"): (47.00025, -109.75102),
    ("US", "Nebraska"): (41.50028, -99.75067), ("US", "Nevada"): (39.25021, -116.75119),
    ("US", "New Hampshire"): (43.66702, -71.4998), ("US", "New Jersey"): (40.16706, -74.49987),
    ("US", "New Mexico"): (34.50034, -106.00085), ("US", "New York"): (43.00035, -75.4999),
    ("US", "North Carolina"): (35.50069, -80.00032), ("US", "North Dakota"): (47.50027, -100.00068),
    ("US", "Ohio"): (40.25034, -83.00018), ("US", "Oklahoma"): (35.49209, -97.50328),
    ("US", "Oregon"): (44.00013, -120.50139), ("US", "Pennsylvania"): (40.27245, -76.90567),
    ("US", "Rhode Island"): (41.75038, -71.49978), ("US", "South Carolina"): (34.00043, -81.00009),
    ("US", "South Dakota"): (44.50026, -100.25069), ("US", "Tennessee"): (35.75035, -86.25027),
    ("US", "Texas"): (31.25044, -99.25061), ("US", "Utah"): (39.25024, -111.75103),
    ("US", "Vermont"): (44.00034, -72.74983), ("US", "Virginia"): (37.54812, -77.44675),
    ("US", "Washington"): (47.50012, -120.50147), ("US", "West Virginia"): (38.50038, -80.50009),
    ("US", "Wisconsin"): (44.50024, -90.00041), ("US", "Wyoming"): (43.00024, -107.5009),
    ("CA", "Ontario"): (49.25014, -84.49983), ("CA", "Quebec"): (52.00017, -71.99907),
    ("CA", "British Columbia"): (53.99983, -125.0032), ("CA", "Alberta"): (52.28333, -115.0),
    ("CA", "Manitoba"): (55.00019, -97.00049), ("CA", "Saskatchewan"): (54.00007, -106.00099),
    ("CA", "Nova Scotia"): (45.00015, -63.00), ("CA", "New Brunswick"): (46.50011, -66.00),
    ("CA", "Newfoundland and Labrador"): (52.0, -56.0), ("CA", "Prince Edward Island"): (46.25, -63.0),
}

# adjectives / nouns of people for regions and cities -> (name of the place, alpha-2)
PLACE_DEMONYMS: dict[str, tuple[str, str]] = {
    "South Ossetian": ("South Ossetia", "GE"), "Abkhaz": ("Abkhazia", "GE"),
    "Abkhazian": ("Abkhazia", "GE"), "Dagestani": ("Dagestan", "RU"), "Chechen": ("Chechnya", "RU"),
    "Crimean": ("Crimea", "UA"), "Kashmiri": ("Kashmir", "IN"), "Tibetan": ("Tibet", "CN"),
    "Darfuri": ("Darfur", "SD"), "Tigrayan": ("Tigray", "ET"), "Gazan": ("Gaza Strip", "PS"),
    "Sinhalese": ("Sri Lanka", "LK"), "Sinhala": ("Sri Lanka", "LK"),
    "Londoner": ("London", "GB"), "Muscovite": ("Moscow", "RU"), "Parisian": ("Paris", "FR"),
    "Berliner": ("Berlin", "DE"), "Kievan": ("Kyiv", "UA"), "Baghdadi": ("Baghdad", "IQ"),
}
