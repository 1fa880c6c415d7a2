// Countries, US states and continents known by one word: a government speaking ("Qatar said", "Texas said")
// is never the company named after it (Qatar Airways, Texas Instruments). Data only.
export const ONE_WORD_PLACES: ReadonlySet<string> = new Set(
  (
    'Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain ' +
    'Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria ' +
    'Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia ' +
    'Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia ' +
    'Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia ' +
    'Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos ' +
    'Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives ' +
    'Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique ' +
    'Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama ' +
    'Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles ' +
    'Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania ' +
    'Thailand Togo Tonga Tunisia Turkey Turkiye Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu ' +
    'Vatican Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Gaza Crimea Kurdistan ' +
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois ' +
    'Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri ' +
    'Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington ' +
    'Wisconsin Wyoming Europe Asia Africa America Beijing Moscow Tokyo Kyiv Tehran Ankara Riyadh Brussels'
  ).split(' '),
);
