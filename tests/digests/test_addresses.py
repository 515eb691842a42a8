"""Which addresses may subscribe, and the spelling they are stored under."""

from __future__ import annotations

import pytest

from digests import addresses
from digests.addresses import InvalidAddress, check_email, normalize_email


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ann@mail-host.net", "ann@mail-host.net"),
        ("  Ann.Smith@Mail-Host.NET  ", "Ann.Smith@mail-host.net"),  # local part keeps its case
        ("first+tag@sub.mail-host.net", "first+tag@sub.mail-host.net"),
        ("ann@bücher.de", "ann@xn--bcher-kva.de"),  # a Unicode domain, IDNA-encoded
        ("ann@mail-host.net.", "ann@mail-host.net"),
    ],
)
def test_valid_addresses_are_normalised(raw, expected):
    assert check_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", addresses.EMPTY),
        ("   ", addresses.EMPTY),
        ("ann@mail-host.net\r\nBcc: victim@mail-host.net", addresses.CONTROL),
        ("ann@mail-host.net\nBcc: x@y.net", addresses.CONTROL),
        ("ann\x00@mail-host.net", addresses.CONTROL),
        ("ann\u202e@mail-host.net", addresses.CONTROL),
        ("ann", addresses.MALFORMED),
        ("ann@", addresses.MALFORMED),
        ("@mail-host.net", addresses.MALFORMED),
        ("ann smith@mail-host.net", addresses.MALFORMED),
        ("ann@@mail-host.net", addresses.MALFORMED),
        ("ann@-bad-.net", addresses.MALFORMED),
        ("a" * 65 + "@mail-host.net", addresses.LOCAL_TOO_LONG),
        ("ann@" + ("d" * 60 + ".") * 5 + "net", addresses.TOO_LONG),
        ("ann@[192.0.2.1]", addresses.IP_LITERAL),
        ("ann@192.0.2.1", addresses.IP_LITERAL),
        ("ann@localhost", addresses.SINGLE_LABEL),
        ("ann@intranet", addresses.SINGLE_LABEL),
        ("ann@shop.test", addresses.RESERVED),
        ("ann@site.example", addresses.RESERVED),
        ("ann@host.invalid", addresses.RESERVED),
        ("ann@printer.local", addresses.RESERVED),
        ("ann@me.localhost", addresses.RESERVED),
        ("ann@mailinator.com", addresses.DISPOSABLE),
        ("ann@MAILINATOR.COM", addresses.DISPOSABLE),
        ("ann@guerrillamail.de", addresses.DISPOSABLE),
        ("ann@eu.yopmail.com", addresses.DISPOSABLE),  # a subdomain of a listed one
        ("ann@10minutemail.com", addresses.DISPOSABLE),
        # Other spellings of victim@mail-host.net that the mail library decodes on the way out.
        ('"victim"@mail-host.net', addresses.NOT_PLAIN),
        ('"vic tim"@mail-host.net', addresses.NOT_PLAIN),
        ("=?utf-8?q?victim?=@mail-host.net", addresses.NOT_PLAIN),
        ("=?utf-8?b?dmljdGlt?=@mail-host.net", addresses.NOT_PLAIN),
        ("=?utf-8?q?a=0D=0Abcc=3A_x?=@mail-host.net", addresses.NOT_PLAIN),
        ("\u212aate@gmail.com", addresses.NOT_ASCII),  # the Kelvin sign, a look-alike K
    ],
)
def test_invalid_addresses_are_refused_with_a_clear_message(raw, message):
    with pytest.raises(InvalidAddress) as caught:
        check_email(raw)
    assert caught.value.message == message


def test_a_domain_that_merely_ends_like_a_disposable_one_is_fine():
    assert check_email("ann@notmailinator.com") == "ann@notmailinator.com"


def test_operator_blocked_domains_and_their_subdomains(settings):
    settings.DIGEST_BLOCKED_DOMAINS = ["Competitor.org"]
    for raw in ("ann@competitor.org", "ann@mail.competitor.org"):
        with pytest.raises(InvalidAddress) as caught:
            check_email(raw)
        assert caught.value.message == addresses.BLOCKED
    assert check_email("ann@competitor.net") == "ann@competitor.net"


def test_the_disposable_list_is_substantial_and_clean():
    domains = addresses.disposable_domains()
    assert len(domains) >= 150
    assert {"mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "temp-mail.org"} <= domains
    assert all(domain == domain.strip().lower() and "." in domain and " " not in domain for domain in domains)


def test_normalize_refuses_header_injection_before_anything_else():
    with pytest.raises(InvalidAddress) as caught:
        normalize_email("x@y.net\r\nSubject: hi")
    assert caught.value.message == addresses.CONTROL


def test_same_address_ignores_case():
    assert addresses.same_address("Ann@mail-host.net", "ann@mail-host.net")
    assert not addresses.same_address("ann@mail-host.net", "bob@mail-host.net")
