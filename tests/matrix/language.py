from tests.matrix import Row, everyone

# The language menu: anyone may choose a language; it answers with a redirect back.
PUBLIC = {"set_language"}

ROWS = [Row("set_language", {}, everyone(302), method="post")]
