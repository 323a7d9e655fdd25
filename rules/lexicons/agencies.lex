# News agencies named at the end of a sentence as its source: ", Petra
# added.", ", Xinhua reported." (the agency's words, no side's stance).
# Acronyms (SPA, WAM, QNA) need no entry: any capitals do.  Used as
# @agencies by stance.veto.passive.
Petra
Xinhua
Yonhap
Kyodo
Jiji
Bernama
Antara
Tass
Interfax
RIA Novosti
Sputnik
Anadolu
Anadolu Agency
Ukrinform
Prensa Latina
Kazinform
Montsame
Trend
Saudi Press Agency
Emirates News Agency
Qatar News Agency
Oman News Agency
Kuwait News Agency
Bahrain News Agency
Vietnam News Agency
Philippine News Agency
Press Trust of India
Associated Press of Pakistan
