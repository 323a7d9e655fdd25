%regex
# The words opening a numbered section that tells no talk, but the
# minister's speech or the gathering he attended: "5 Speech at the plenary
# session", "3 Attendance at the ADMM-Plus".  Written once, used as
# @aside_section by the segment rule that keeps such a line a heading of its
# own and by the talks rule that makes its section an aside.
(?:Speech|Address|Remarks|Keynote\s+(?:speech|address))\s+(?:at|to|in|before)
Attendance\s+at
Participation\s+in
Policy\s+(?:Speech|Address)
