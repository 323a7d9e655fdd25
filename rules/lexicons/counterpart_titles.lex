# Titles a counterpart shares: "Defense Minister Kono and his Australian
# counterpart Linda Reynolds" -- she is written with his title when it is one
# of these, worded the same in any country.  A title of one country's
# ("Federal Minister of Defence", "Secretary of State") is not lent.
Defense Minister
Defence Minister
Foreign Minister
Minister of Defense
Minister of Defence
Minister for Defense
Minister for Defence
Minister of Foreign Affairs
Minister for Foreign Affairs
Defense Secretary
Defence Secretary
Prime Minister
