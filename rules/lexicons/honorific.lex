# Forms of address before a name in a pattern, every spelling written out
# (see honorifics.lex for the words dropped from a matched name).  A literal
# list, not %regex: it is compiled as a trie, which PCRE2 runs several times
# faster than sixteen alternatives tried one by one at every word start.
Mr
Mr.
Ms
Ms.
Mrs
Mrs.
Dr
Dr.
Prof.
Prof
H.E.
H. E.
H.H.
H. H.
HH
HRH
His Excellency
Her Excellency
His Highness
His Royal Highness
Hon
the Hon
Hon.
the Hon.
Honorable
the Honorable
Honourable
the Honourable
Rt Hon
the Rt Hon
Rt Hon.
the Rt Hon.
Rt Honorable
the Rt Honorable
Rt Honourable
the Rt Honourable
Rt. Hon
the Rt. Hon
Rt. Hon.
the Rt. Hon.
Rt. Honorable
the Rt. Honorable
Rt. Honourable
the Rt. Honourable
Right Hon
the Right Hon
Right Hon.
the Right Hon.
Right Honorable
the Right Honorable
Right Honourable
the Right Honourable
Sheikh
Prince
Shri
Gen.
Gen. (ret.)
Senator
Sayyid
Sheikha
Datuk
Dato'
Dato' Seri
Tan Sri
Senior Lieutenant General
Lieutenant General
Lt. Gen
Lt. Gen.
Lieut. Gen.
Sen. Lieut. Gen.
Sen. Lt. Gen.
Sr. Lt. Gen.
Major General
Brigadier General
Brig. Gen.
Brigadier
Colonel General
Army General
Senior General
Lieutenant Colonel
Maj. Gen.
Colonel
Col.
Vice Admiral
Rear Admiral
Air Marshal
Air Chief Marshal
General (ret.)
Gen
YB
Yang Berhormat
Dato' Sri
Datuk Seri
Dato' Seri Diraja
Dato' Seri Utama
Datuk Seri Utama
Datuk Seri Diraja
Datuk Seri Panglima
Tun
Tengku
Datin
Datin Seri
Pehin
General
Admiral
Sir
Dame
Smt.
Smt
Tuan Haji
Tuan
Haji
Hajah
# Indonesian ranks carry the service: "Marshal TNI Donny Ermawan", "General TNI (Ret.) Prabowo"
Marshal
Marshal TNI
Air Marshal TNI
Air Chief Marshal TNI
General TNI
Lieutenant General TNI
Admiral TNI
Vice Admiral TNI
# U.S. ranks carry the service: "the commander of U.S. Africa Command, Marine
# Corps Gen. Thomas D. Waldhauser", "Army Gen. Mark A. Milley", "Navy Adm. John Aquilino"
Army Gen.
Army Lt. Gen.
Army Maj. Gen.
Marine Corps Gen.
Marine Corps Lt. Gen.
Marine Corps Maj. Gen.
Navy Adm.
Navy Vice Adm.
Navy Rear Adm.
Air Force Gen.
Air Force Lt. Gen.
Air Force Maj. Gen.
Space Force Gen.
Adm.
Vice Adm.
Lt. Gen.
# hyphenated ranks, as Singapore and Commonwealth forces write them
Vice-Admiral
Rear-Admiral
Lieutenant-General
Major-General
Brigadier-General
Air Vice-Marshal
