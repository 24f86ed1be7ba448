"""Common Chinese family names and their pinyin: how the parser tells which word of a Latin
name on a card is the family name. Compound names first (欧阳 before 欧)."""

COMPOUND = {
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "司徒": "situ",
    "东方": "dongfang", "夏侯": "xiahou", "皇甫": "huangfu", "慕容": "murong", "令狐": "linghu",
}  # fmt: skip

SINGLE = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang",
    "赵": "zhao", "黄": "huang", "周": "zhou", "吴": "wu", "徐": "xu", "孙": "sun", "胡": "hu",
    "朱": "zhu", "高": "gao", "林": "lin", "何": "he", "郭": "guo", "马": "ma", "罗": "luo",
    "梁": "liang", "宋": "song", "郑": "zheng", "谢": "xie", "韩": "han", "唐": "tang",
    "冯": "feng", "于": "yu", "董": "dong", "萧": "xiao", "肖": "xiao", "程": "cheng",
    "曹": "cao", "袁": "yuan", "邓": "deng", "许": "xu", "傅": "fu", "沈": "shen", "曾": "zeng",
    "彭": "peng", "吕": "lyu", "苏": "su", "卢": "lu", "蒋": "jiang", "蔡": "cai", "贾": "jia",
    "丁": "ding", "魏": "wei", "薛": "xue", "叶": "ye", "阎": "yan", "闫": "yan", "余": "yu",
    "潘": "pan", "杜": "du", "戴": "dai", "夏": "xia", "钟": "zhong", "汪": "wang", "田": "tian",
    "任": "ren", "姜": "jiang", "范": "fan", "方": "fang", "石": "shi", "姚": "yao", "谭": "tan",
    "廖": "liao", "邹": "zou", "熊": "xiong", "金": "jin", "陆": "lu", "郝": "hao", "孔": "kong",
    "白": "bai", "崔": "cui", "康": "kang", "毛": "mao", "邱": "qiu", "秦": "qin", "江": "jiang",
    "史": "shi", "顾": "gu", "侯": "hou", "邵": "shao", "孟": "meng", "龙": "long", "万": "wan",
    "段": "duan", "雷": "lei", "钱": "qian", "汤": "tang", "尹": "yin", "黎": "li", "易": "yi",
    "常": "chang", "武": "wu", "乔": "qiao", "贺": "he", "赖": "lai", "龚": "gong", "文": "wen",
    "庞": "pang", "樊": "fan", "兰": "lan", "殷": "yin", "施": "shi", "陶": "tao", "洪": "hong",
    "翟": "zhai", "安": "an", "颜": "yan", "倪": "ni", "严": "yan", "牛": "niu", "温": "wen",
    "芦": "lu", "季": "ji", "俞": "yu", "章": "zhang", "鲁": "lu", "葛": "ge", "伍": "wu",
    "韦": "wei", "申": "shen", "尤": "you", "毕": "bi", "聂": "nie", "丛": "cong", "焦": "jiao",
    "向": "xiang", "柳": "liu", "邢": "xing", "路": "lu", "岳": "yue", "齐": "qi", "梅": "mei",
    "莫": "mo", "庄": "zhuang", "辛": "xin", "管": "guan", "祝": "zhu", "左": "zuo", "涂": "tu",
    "谷": "gu", "祁": "qi", "时": "shi", "舒": "shu", "耿": "geng", "牟": "mou", "卜": "bu",
    "詹": "zhan", "关": "guan", "苗": "miao", "凌": "ling", "费": "fei", "纪": "ji", "靳": "jin",
    "盛": "sheng", "童": "tong", "欧": "ou", "甄": "zhen", "项": "xiang", "曲": "qu", "成": "cheng",
    "游": "you", "阳": "yang", "裴": "pei", "席": "xi", "卫": "wei", "查": "zha", "屈": "qu",
    "鲍": "bao", "位": "wei", "覃": "qin", "霍": "huo", "翁": "weng", "隋": "sui", "植": "zhi",
    "甘": "gan", "景": "jing", "薄": "bo", "单": "shan", "包": "bao", "司": "si", "柏": "bai",
    "宁": "ning", "柯": "ke", "阮": "ruan", "桂": "gui", "闵": "min", "解": "xie", "强": "qiang",
    "柴": "chai", "华": "hua", "车": "che", "冉": "ran", "房": "fang", "边": "bian", "辜": "gu",
    "吉": "ji", "饶": "rao", "刁": "diao", "瞿": "qu", "戚": "qi", "丘": "qiu", "米": "mi",
    "池": "chi", "滕": "teng", "晋": "jin", "苑": "yuan", "邬": "wu", "臧": "zang", "畅": "chang",
    "宫": "gong", "来": "lai", "嵺": "liao", "苟": "gou", "全": "quan", "褚": "chu", "廉": "lian",
    "简": "jian", "娄": "lou", "盖": "gai", "符": "fu", "奚": "xi", "木": "mu", "穆": "mu",
    "党": "dang", "燕": "yan", "郎": "lang", "邸": "di", "冀": "ji", "谈": "tan", "姬": "ji",
    "屠": "tu", "连": "lian", "郜": "gao", "晏": "yan", "栾": "luan", "郁": "yu", "商": "shang",
    "蒙": "meng", "计": "ji", "喻": "yu", "揭": "jie", "窦": "dou", "迟": "chi", "宇": "yu",
    "敖": "ao", "糜": "mi", "鄢": "yan", "冷": "leng", "卓": "zhuo", "花": "hua", "仇": "qiu",
    "艾": "ai", "蓝": "lan", "都": "du", "巩": "gong", "稽": "ji", "井": "jing", "练": "lian",
    "仲": "zhong", "乐": "yue", "虞": "yu", "卞": "bian", "封": "feng", "竺": "zhu", "冼": "xian",
    "原": "yuan", "官": "guan", "衣": "yi", "楚": "chu", "佟": "tong", "栗": "li", "匡": "kuang",
    "宗": "zong", "应": "ying", "台": "tai", "巫": "wu", "鞠": "ju", "僧": "seng", "桑": "sang",
    "荆": "jing", "谌": "chen", "银": "yin", "扬": "yang", "明": "ming", "沙": "sha",
    "伏": "fu", "岑": "cen", "习": "xi", "胥": "xu", "保": "bao", "和": "he", "蔺": "lin",
}  # fmt: skip

# Other spellings of a family name seen on cards (Wade-Giles, Cantonese, Hokkien).
VARIANTS = {
    "lyu": {"lv", "lu", "lue"}, "zhang": {"chang", "cheung"}, "chen": {"chan", "tan"},
    "wang": {"wong"}, "huang": {"wong", "hwang"}, "lin": {"lam", "lim"}, "li": {"lee", "lai"},
    "zhou": {"chow", "chou"}, "wu": {"ng", "woo"}, "he": {"ho"}, "guo": {"kuo", "kwok"},
    "xu": {"hsu", "tsui"}, "liu": {"lau", "lao"},
}  # fmt: skip

ALL_PINYIN = set(SINGLE.values()) | set(COMPOUND.values())


def split_native(name):
    """(family, given) of a name in Chinese characters, or ("", name) if the family is unknown."""
    if name[:2] in COMPOUND and len(name) > 2:
        return name[:2], name[2:]
    if name[:1] in SINGLE:
        return name[:1], name[1:]
    return "", name


def pinyin_of_family(native_name):
    """The spellings the family name of a Chinese name may take in Latin letters."""
    family, _ = split_native(native_name)
    pinyin = COMPOUND.get(family) or SINGLE.get(family)
    if not pinyin:
        return set()
    return {pinyin} | VARIANTS.get(pinyin, set())
