# News outlets whose name, alone on a line above the headline, is the site's
# masthead, not the title: "The Guardian", "Kyodo News".  Used as @outlets
# by seg.masthead.  Add an outlet as it is written on its pages.
The Guardian
The Observer
The Independent
The Telegraph
The Times
Financial Times
The Economist
BBC News
Sky News
Reuters
Associated Press
Al Jazeera
Agence France-Presse
The New York Times
The Washington Post
The Wall Street Journal
Politico
Defense News
Breaking Defense
Stars and Stripes
The Hill
The Daily Star
Dawn
The Express Tribune
The News International
The Hindu
Hindustan Times
The Indian Express
The Economic Times
Kyodo News
Kyodo
The Japan Times
Nikkei Asia
The Mainichi
The Asahi Shimbun
The Yomiuri Shimbun
Jiji Press
NHK World-Japan
NHK World
The Korea Herald
The Korea Times
Yonhap News Agency
The Straits Times
South China Morning Post
Global Times
China Daily
Xinhua
The Sydney Morning Herald
The Age
The Australian
ABC News
RNZ
The Jakarta Post
The Manila Times
Philippine Daily Inquirer
Bangkok Post
VnExpress International
Gulf News
Arab News
The National
Bernama
Anadolu Agency
TASS
Xinhua News Agency
Kyodo News Agency
Philippine News Agency
Antara
Vietnam News Agency
WAM
Saudi Press Agency
The Philippine Star
Philstar.com
Manila Bulletin
The Kyiv Independent
Kyiv Independent
The Times of India
Times of India
The Japan News
The Diplomat
Vietnam News
Taipei Times
