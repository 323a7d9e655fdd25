# Tokens ending in a period that do not end a sentence.  Value `clock`: a
# clock's a.m./p.m., which ends one before a capitalized word that is not a
# day, a month or a place's time; `suffix`: see Jr.
Mr.
Ms.
Mrs.
Dr.
No.
Nos.
Gen.
Brig.
Lt.
Lieut.
Col.
Maj.
Adm.
Capt.
Cmdr.
Sgt.
Gov.
Sen.
Rep.
Prof.
St.
# a name's suffix: its period ends the sentence before a capitalized word
# ("... Gilberto Teodoro Jr. The call took place ..."; "Jr., Secretary" goes on)
Jr.	suffix
Sr.	suffix
Hon.
Rt.
Amb.
Dept.
H.E.
H.H.
U.S.
U.K.
U.N.
E.U.
U.S.A.
R.O.K.
P.R.C.
D.P.R.K.
a.m.	clock
p.m.	clock
A.M.
P.M.
Jan.
Feb.
Mar.
Apr.
Jun.
Jul.
Aug.
Sep.
Sept.
Oct.
Nov.
Dec.
Mon.
Tue.
Wed.
Thu.
Fri.
Sat.
Sun.
vs.
e.g.
i.e.
approx.
Inc.
Co.
Ltd.
Corp.
Mt.
res.
ret.
Res.
Ret.
# ("General (Retd.) Kamal Gunaratne")
Retd.
retd.
Smt.
Kum.
Sri.
Thiru.
# the Maldives' honorific Uzaira: "Minister of Defence Uza. Mariya Ahmed Didi"
Uza.
# "Mr. Md. Touhid Hossain", "Mohd. Khaled Nordin": Mohammad, abbreviated
Md.
Mohd.
Ma.
Muh.
# a Dutch naval ship's prefix: "the port visit of Zr.Ms. Evertsen"
Zr.Ms.
Hr.Ms.
