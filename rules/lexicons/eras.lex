# Japanese era names left in translations -> the year before the era's first
# year (Reiwa 1 = 2019, so Reiwa 2 = 2018 + 2 = 2020).
Reiwa	2018
Heisei	1988
Showa	1925
