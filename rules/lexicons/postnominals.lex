# Letters and suffixes dropped after a name.
MP
M.P.
III
II
IV
Jr.
Jr
Sr.
QC
KC
PhD
OBE
CBE
KBE
MBE
AO
AC
