"""The ACLED half split of the event benches: stable, about 50/50, and not the md5 prefix (which
is even for every row of the dev file, so a prefix split put all rows in one half)."""
from __future__ import annotations

import hashlib

from dateline.events.data import acled_half


def test_half_is_the_parity_of_the_last_md5_byte():
    for event_id in ("AFG62605", "UKR1234", "NGA999"):
        assert acled_half(event_id) == hashlib.md5(event_id.encode()).digest()[-1] % 2


def test_halves_are_balanced_even_when_every_prefix_is_even():
    ids = [f"X{n}" for n in range(4000)]
    even_prefix = [i for i in ids if int(hashlib.md5(i.encode()).hexdigest()[:8], 16) % 2 == 0]
    ones = sum(acled_half(i) for i in even_prefix)
    assert 0.45 < ones / len(even_prefix) < 0.55
