"""Word lists the generated data is made of: names, organisations, places, meeting subjects.

Data tables only. Chinese names are (pinyin, hanzi) pairs, so that a person has a Latin name and
the same name in native script, as on a business card.
"""

CHINESE_FAMILY = [
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Gao", "高"),
    ("Lin", "林"), ("Luo", "罗"), ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"),
    ("Tang", "唐"), ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
    ("Zeng", "曾"), ("Xiao", "肖"), ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"), ("Yuan", "袁"),
    ("Cai", "蔡"), ("Jiang", "蒋"), ("Yu", "余"), ("Du", "杜"), ("Ye", "叶"), ("Cheng", "程"),
    ("Wei", "魏"), ("Su", "苏"), ("Lü", "吕"), ("Ding", "丁"), ("Ren", "任"), ("Lu", "卢"),
    ("Yao", "姚"), ("Shen", "沈"), ("Zhong", "钟"), ("Jiang", "姜"), ("Cui", "崔"), ("Tan", "谭"),
    ("Lu", "陆"), ("Fan", "范"), ("Wang", "汪"), ("Liao", "廖"), ("Shi", "石"), ("Jin", "金"),
]  # fmt: skip

CHINESE_GIVEN = [
    ("Wei", "伟"), ("Fang", "芳"), ("Na", "娜"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"),
    ("Qiang", "强"), ("Lei", "磊"), ("Jun", "军"), ("Yang", "洋"), ("Yong", "勇"), ("Yan", "艳"),
    ("Jie", "杰"), ("Juan", "娟"), ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"),
    ("Xiulan", "秀兰"), ("Xia", "霞"), ("Ping", "平"), ("Gang", "刚"), ("Gui", "桂"),
    ("Hao", "浩"), ("Hui", "慧"),
    ("Xiaoming", "小明"), ("Jianguo", "建国"), ("Haiyan", "海燕"), ("Guoqiang", "国强"),
    ("Dan", "丹"), ("Bo", "波"), ("Ning", "宁"), ("Xin", "鑫"), ("Yu", "宇"), ("Hong", "红"),
    ("Weifang", "伟芳"), ("Zhiwei", "志伟"), ("Lihua", "丽华"), ("Jianhua", "建华"), ("Kai", "凯"),
    ("Shuang", "爽"), ("Xue", "雪"), ("Lan", "兰"), ("Rui", "睿"), ("Tingting", "婷婷"),
    ("Yuxuan", "宇轩"), ("Zihan", "子涵"), ("Haoran", "浩然"), ("Mingzhe", "明哲"), ("Jia", "佳"),
]  # fmt: skip

LATIN_GIVEN = [
    "Aino", "Teemu", "Laura", "Jussi", "Erik", "Sofia", "Karin", "Oskar", "Mikko", "Anna",
    "Juha", "Elina", "Matti", "Sanna", "Ville", "Heidi", "Pekka", "Maria", "Antti", "Katja",
    "Lars", "Ingrid", "Johan", "Emma", "Anders", "Elsa", "Nils", "Maja", "Gustav", "Astrid",
    "Thomas", "Julia", "Markus", "Lena", "Stefan", "Sabine", "Peter", "Claudia", "Jan", "Eva",
    "Aigerim", "Nurlan", "Dana", "Yerlan", "Saule", "Askar", "Madina", "Timur", "Aliya", "Arman",
    "Minh", "Linh", "Huong", "Tuan", "Priya", "Rahul", "Anita", "Vikram", "Yuki", "Hiroshi",
    "Olivia", "William", "James", "Charlotte", "Henrik", "Liisa", "Tuomas", "Riikka", "Kalle",
    "Åsa", "Björn", "Jörg", "Zoë", "Élodie", "Søren", "Małgorzata", "Dóra", "Ülle", "Jürgen",
]  # fmt: skip

LATIN_FAMILY = [
    "Kivilahti", "Rantasalo", "Honkakoski", "Peltomaa", "Lindgård", "Bergholm", "Åkerlund",
    "Nyström", "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
    "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Lindqvist", "Sjöberg", "Müller", "Schmidt", "Schneider", "Fischer",
    "Weber", "Wagner", "Becker", "Hoffmann", "Nurlanov", "Akhmetov", "Seitkali", "Zhakupova",
    "Nguyen", "Tran", "Pham", "Sharma", "Patel", "Gupta", "Tanaka", "Suzuki", "Sato", "Smith",
    "Jones", "Williams", "Brown", "O'Brien", "Tamm", "Saar", "Kask", "Kowalski", "Nowak", "Ng",
]  # fmt: skip

TITLES = [
    "CEO", "Managing director", "Sales director", "Export manager", "Engineer", "Head of projects",
    "Vice mayor", "Deputy mayor", "Director, foreign affairs office",
    "Head of investment promotion",
    "General manager", "Deputy director", "Business development", "Project manager",
    "Procurement manager", "Chief engineer", "Secretary general", "Researcher", "", "", "",
]  # fmt: skip

LANGUAGES = ["", "", "en", "fi", "sv", "zh-hans", "de", "ru", "kk", "vi", "ja"]

# Organisation countries with weights; the Chinese share is what makes native names common.
COUNTRIES = [
    ("CN", 40), ("FI", 14), ("SE", 7), ("KZ", 6), ("DE", 5), ("VN", 5), ("IN", 5), ("JP", 4),
    ("KR", 3), ("EE", 3), ("US", 3), ("PL", 2), ("NO", 2), ("DK", 1),
]  # fmt: skip

# Chinese cities (pinyin, hanzi) and other countries' cities: organisation cities and places.
CHINESE_CITIES = [
    ("Weifang", "潍坊"), ("Rizhao", "日照"), ("Qingdao", "青岛"), ("Jinan", "济南"),
    ("Zibo", "淄博"), ("Yantai", "烟台"), ("Linyi", "临沂"), ("Zhucheng", "诸城"),
    ("Shanghai", "上海"), ("Suzhou", "苏州"), ("Hangzhou", "杭州"), ("Nanjing", "南京"),
    ("Shenzhen", "深圳"), ("Guangzhou", "广州"), ("Chengdu", "成都"), ("Wuhan", "武汉"),
    ("Tianjin", "天津"), ("Dalian", "大连"), ("Xiamen", "厦门"), ("Ningbo", "宁波"),
]  # fmt: skip
CHINESE_PROVINCES = [
    ("Shandong", "山东"), ("Jiangsu", "江苏"), ("Zhejiang", "浙江"), ("Guangdong", "广东"),
    ("Sichuan", "四川"), ("Hubei", "湖北"), ("Liaoning", "辽宁"), ("Fujian", "福建"),
]  # fmt: skip
OTHER_CITIES = {
    "FI": ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Kotka", "Porvoo", "Kouvola"],
    "SE": ["Stockholm", "Göteborg", "Malmö", "Västerås", "Köping", "Eskilstuna", "Uppsala"],
    "KZ": ["Almaty", "Astana", "Shymkent", "Karaganda"],
    "DE": ["Berlin", "Hamburg", "München", "Köln"],
    "VN": ["Hanoi", "Ho Chi Minh City", "Da Nang"],
    "IN": ["Mumbai", "Bengaluru", "Pune", "Chennai"],
    "JP": ["Tokyo", "Osaka", "Nagoya"],
    "KR": ["Seoul", "Busan", "Incheon"],
    "EE": ["Tallinn", "Tartu"],
    "US": ["Boston", "Chicago", "Seattle"],
    "PL": ["Warszawa", "Kraków", "Gdańsk"],
    "NO": ["Oslo", "Bergen"],
    "DK": ["København", "Aarhus"],
}

# Organisation names: "<stem> <activity> <form>" for companies, "<city> <body>" for bodies.
STEMS = [
    "Nordic", "Baltic", "Aurora", "Polar", "Green", "Blue", "Smart", "Future", "Global", "United",
    "Golden", "Silver", "Eastern", "Western", "Northern", "Pacific", "Alpine", "Bright", "Clear",
    "Puhdas", "Hirsi", "Kaakko", "Mälardalen", "Västmanland", "Pohjola", "Sino", "Huaxia",
    "Zhongda", "Hengtai", "Jinlong", "Tianyuan", "Dongfang", "Xinhua", "Haier", "Steppe", "Altai",
]  # fmt: skip
ACTIVITIES = [
    "Water", "Cleantech", "Food Technology", "Wood", "Timber", "Mobility", "Energy", "Furniture",
    "Data", "Sensors", "Biogas", "Logistics", "Machinery", "Engineering", "Solar", "Wind",
    "Chemicals", "Textiles", "Construction", "Health", "Agritech", "Robotics", "Software",
]  # fmt: skip
FORMS = {
    "FI": "Oy", "SE": "AB", "DE": "GmbH", "CN": "Co., Ltd.", "KZ": "LLP", "VN": "JSC",
    "IN": "Pvt Ltd", "JP": "K.K.", "KR": "Co.", "EE": "OÜ", "US": "Inc.", "PL": "Sp. z o.o.",
    "NO": "AS", "DK": "ApS",
}  # fmt: skip
BODIES = [
    ("Municipal Government", "市人民政府"),
    ("Development and Reform Commission", "发展和改革委员会"),
    ("Foreign Affairs Office", "外事办公室"), ("Commerce Bureau", "商务局"),
    ("High-Tech Zone Administration", "高新区管委会"), ("Economic Development Zone", "经济开发区"),
    ("Chamber of Commerce", "商会"), ("Investment Promotion Agency", "投资促进局"),
    ("Water Group", "水务集团"), ("University", "大学"),
]  # fmt: skip

SECTORS = [
    ("Cleantech", "cleantech"), ("Food technology", "food-technology"),
    ("Water and wastewater", "water"), ("Wood construction", "wood-construction"),
    ("Smart mobility", "smart-mobility"), ("Energy efficiency", "energy-efficiency"),
    ("Furniture and wood products", "furniture"), ("ICT and IoT", "ict"),
    ("Health technology", "health"), ("Circular economy", "circular-economy"),
    ("Agritech", "agritech"), ("Logistics", "logistics"),
]  # fmt: skip

MEETING_SUBJECTS = [
    "Introduction of the delegation", "Site visit and plant tour", "Matchmaking session",
    "Round table on water treatment", "Investment promotion briefing", "Signing ceremony",
    "Technical workshop", "Working lunch", "Follow-up talks", "Presentation of the zone",
    "Meeting with the vice mayor", "Visit to the industrial park", "B2B meetings",
]  # fmt: skip
TRIP_THEMES = [
    "Smart city delegation", "Water and cleantech delegation", "Food technology mission",
    "Wood construction delegation", "Energy efficiency mission", "Circular economy study tour",
    "Trade mission", "Investment delegation", "Health technology mission",
]  # fmt: skip
