"""Which keys (e-mails, names at an organisation) a file names more than once, found without
keeping every key of a large file in memory.

A Bloom filter (a bit array) remembers the keys seen; a key it may have seen before is kept in
`repeated` as it is. The filter is never wrong about a key it has not seen, and wrong about
roughly one key in a hundred that it has: such a key lands in `repeated` although the file
names it once, which costs nothing but a little memory (the import then treats the row as one
that might be combined with a later row, and finds no later row). A key named once, the common
case, takes no memory of its own.
"""

BITS_PER_KEY = 10  # with HASHES = 4: about 1 % false positives
HASHES = 4
MASK = (1 << 64) - 1


class KeyFilter:
    """A set that may say a key was added before when it was not (about 1 %), never that it
    was not when it was: `add(key)`."""

    def __init__(self, expected_keys):
        self.size = max(expected_keys, 1) * BITS_PER_KEY
        self.bits = bytearray(self.size // 8 + 1)

    def _positions(self, key):
        value = hash(key) & MASK
        first, step = value & 0xFFFFFFFF, (value >> 32) | 1
        return [(first + n * step) % self.size for n in range(HASHES)]

    def add(self, key):
        """Add the key; whether it may have been added before."""
        seen = True
        for position in self._positions(key):
            byte, bit = position >> 3, 1 << (position & 7)
            if not self.bits[byte] & bit:
                seen = False
                self.bits[byte] |= bit
        return seen


class Repeats:
    """The keys a file names more than once (and about 1 % of those it names once)."""

    def __init__(self, expected_keys):
        self.seen = KeyFilter(expected_keys)
        self.repeated = set()

    def add(self, key):
        if self.seen.add(key):
            self.repeated.add(key)

    def __contains__(self, key):
        return key in self.repeated
