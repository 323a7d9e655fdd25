# Words that open a sentence of its own when a short line begins with one
# under a bullet item ("・Dealing with false information ..." / "It
# matched."): the line is not the rest of the item (src/segment.c).
It
I
We
They
This
