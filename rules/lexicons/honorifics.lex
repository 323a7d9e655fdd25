# Forms of address dropped before a name.
Mr.
Mr
Ms.
Ms
Mrs.
Mrs
Dr.
Dr
Prof.
H.E.
HE
H.H.
HH
His Excellency
Her Excellency
His Highness
Her Highness
His Royal Highness
HRH
The Honourable
The Honorable
the Honourable
the Honorable
Honourable
Honorable
Hon.
Hon
The Hon
The Rt Hon
The Rt. Hon.
the Rt Hon
Rt Hon
Rt. Hon.
The Right Honourable
Sheikh
Shaikh
Prince
Shri
Smt.
Gen.
Gen. (ret.)
General
Adm.
Admiral
Lt. Gen.
Senator
Sen.
Madam
Sayyid
Sheikha
Datuk
Dato'
Dato' Seri
Tan Sri
Senior Lieutenant General
Lieutenant General
Lt. Gen
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
Datuk Seri Diraja
Datuk Seri Panglima
Tun
Tengku
Datin
Datin Seri
Pehin
Sir
Dame
Tuan Haji
Tuan
Haji
Hajah
