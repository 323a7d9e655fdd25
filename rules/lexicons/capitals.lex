# Capitals that wire stories use for their governments ("Beijing has
# rejected ...", "Tehran says ..."): capital, TAB, the country as
# countries.tsv writes it.  Read by rule actor.capital: a capital is a side
# only as the subject of its clause; a talk of which that country is no side
# takes no stance from it.
Beijing	China
Tokyo	Japan
Washington	United States
Moscow	Russia
Seoul	South Korea
Pyongyang	North Korea
Kyiv	Ukraine
Kiev	Ukraine
Tehran	Iran
Ankara	Turkey
Paris	France
Berlin	Germany
London	United Kingdom
Canberra	Australia
Ottawa	Canada
New Delhi	India
Islamabad	Pakistan
Manila	Philippines
Hanoi	Vietnam
Jakarta	Indonesia
Kuala Lumpur	Malaysia
Bangkok	Thailand
Taipei	Taiwan
Riyadh	Saudi Arabia
Doha	Qatar
Abu Dhabi	United Arab Emirates
Cairo	Egypt
Amman	Jordan
Baghdad	Iraq
Damascus	Syria
Jerusalem	Israel
Athens	Greece
Rome	Italy
Madrid	Spain
Warsaw	Poland
Brussels	Belgium
Wellington	New Zealand
Minsk	Belarus
Baku	Azerbaijan
Yerevan	Armenia
Tbilisi	Georgia
Kabul	Afghanistan
