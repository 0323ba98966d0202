from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.errors import InputError
from bot.core.money import ISO_CODES, Money, currency_exponent, find_money, parse_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,200", Money(120000, "USD")),
        ("1200 USD", Money(120000, "USD")),
        ("USD 1200", Money(120000, "USD")),
        ("usd1200", Money(120000, "USD")),
        ("1200usd", Money(120000, "USD")),
        ("€900", Money(90000, "EUR")),
        ("900€", Money(90000, "EUR")),
        ("€ 900", Money(90000, "EUR")),
        ("1.2k EUR", Money(120000, "EUR")),
        ("1,5k €", Money(150000, "EUR")),
        ("2k", Money(200000, "USD")),
        ("¥80000", Money(80000, "JPY")),
        ("80000円", Money(80000, "JPY")),
        ("£50.50", Money(5050, "GBP")),
        ("₩1,500,000", Money(1500000, "KRW")),
        ("1500000원", Money(1500000, "KRW")),
        ("R$ 2.500", Money(250000, "BRL")),
        ("R$1,200.50", Money(120050, "BRL")),
        ("Rp 5.000.000", Money(500000000, "IDR")),
        ("₫5.000.000", Money(5000000, "VND")),
        ("₹25,000", Money(2500000, "INR")),
        ("₱8,000", Money(800000, "PHP")),
        ("A$300", Money(30000, "AUD")),
        ("C$300", Money(30000, "CAD")),
        ("US$300", Money(30000, "USD")),
        ("CN¥1000", Money(100000, "CNY")),
        ("RMB 1000", Money(100000, "CNY")),
        ("CNY1000", Money(100000, "CNY")),
        ("1200", Money(120000, "USD")),
        ("1,200", Money(120000, "USD")),
        ("1,50", Money(150, "USD")),
        ("1.5", Money(150, "USD")),
        ("1.200.000", Money(120000000, "USD")),
        ("1.234,56 EUR", Money(123456, "EUR")),
        ("1,234.56 EUR", Money(123456, "EUR")),
        ("CHF 1'200", Money(120000, "CHF")),
        ("1 200 €", Money(120000, "EUR")),
        ("¥100.00", Money(100, "JPY")),
    ],
)
def test_parse_money_accepts(text: str, expected: Money) -> None:
    assert parse_money(text) == expected


def test_bare_number_uses_default_currency() -> None:
    assert parse_money("900", default_currency="eur") == Money(90000, "EUR")
    assert parse_money("$900", default_currency="EUR") == Money(90000, "USD")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-50", "negative"),
        ("-$50", "negative"),
        ("$-50", "negative"),
        ("0", "zero"),
        ("$0.00", "zero"),
        ("¥10.5", "JPY takes no decimals"),
        ("$1.234567k", "at most 2 decimals"),
        ("$2,000,000,000,000", "more than I can believe"),
        ("1200abc", 'read "1200abc"'),
        ("ABC 1200", 'read "ABC 1200"'),
        ("$1200 EUR", "two currencies"),
        ("1,2,3", 'read "1,2,3"'),
        ("twelve", 'read "twelve"'),
        ("", "amount"),
    ],
)
def test_parse_money_rejects(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_money(text)


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (Money(120000, "USD"), "$1,200"),
        (Money(90000, "EUR"), "€900"),
        (Money(5050, "GBP"), "£50.50"),
        (Money(80000, "JPY"), "¥80,000"),
        (Money(1500000, "KRW"), "₩1,500,000"),
        (Money(120050, "BRL"), "R$1,200.50"),
        (Money(120000, "IDR"), "1,200 IDR"),
        (Money(120050, "CAD"), "1,200.50 CAD"),
        (Money(1234567, "VND"), "1,234,567 VND"),
        (Money(5, "USD"), "$0.05"),
    ],
)
def test_format(money: Money, text: str) -> None:
    assert money.format() == text
    assert str(money) == text


def test_amount_and_exponent() -> None:
    assert Money(120050, "USD").amount == Decimal("1200.50")
    assert Money(80000, "JPY").amount == Decimal(80000)
    assert currency_exponent("krw") == 0
    assert currency_exponent("TWD") == 2


currencies = st.sampled_from(sorted(ISO_CODES))


@st.composite
def money_values(draw: st.DrawFn) -> Money:
    currency = draw(currencies)
    limit = 10**12 * 10 ** currency_exponent(currency)
    return Money(draw(st.integers(min_value=1, max_value=limit)), currency)


@given(money_values())
def test_format_round_trips(money: Money) -> None:
    assert parse_money(money.format(), default_currency="XOF") == money


# In a three-decimal currency (KWD) `1.000` is one unit, as it is written there.
@given(
    st.integers(min_value=1, max_value=10**12),
    currencies.filter(lambda code: currency_exponent(code) < 3),
)
def test_european_grouping_reads_the_same(whole: int, currency: str) -> None:
    european = f"{whole:,}".replace(",", ".")
    assert parse_money(f"{european} {currency}").amount == whole


@given(st.integers(min_value=1, max_value=10**11), st.integers(min_value=1, max_value=99))
def test_decimal_comma_with_grouping(whole: int, cents: int) -> None:
    text = f"{whole:,}".replace(",", ".") + f",{cents:02d} EUR"
    assert parse_money(text) == Money(whole * 100 + cents, "EUR")


def test_find_money_single_token() -> None:
    money, rest = find_money(["Jane", "$1,200", "Doe"])
    assert money == Money(120000, "USD")
    assert rest == ["Jane", "Doe"]


def test_find_money_pairs_in_either_order() -> None:
    assert find_money(["Jane", "1200", "EUR"]) == (Money(120000, "EUR"), ["Jane"])
    assert find_money(["EUR", "1200", "Jane"]) == (Money(120000, "EUR"), ["Jane"])
    assert find_money(["Ana", "R$", "2.500"]) == (Money(250000, "BRL"), ["Ana"])
    assert find_money(["Ana", "1,5k", "€"]) == (Money(150000, "EUR"), ["Ana"])


def test_find_money_bare_number_uses_default() -> None:
    assert find_money(["Ana", "900"], "GBP") == (Money(90000, "GBP"), ["Ana"])


def test_find_money_keeps_bare_numbers_when_a_currency_is_given() -> None:
    assert find_money(["Studio", "54", "$1,200"]) == (Money(120000, "USD"), ["Studio", "54"])


def test_find_money_none() -> None:
    assert find_money(["Jane", "Doe", "USD"]) == (None, ["Jane", "Doe", "USD"])


def test_find_money_ignores_trailing_punctuation() -> None:
    assert find_money(["Jane,", "$1,200,"]) == (Money(120000, "USD"), ["Jane,"])


def test_find_money_same_fee_twice_is_fine() -> None:
    assert find_money(["$1,200", "Jane", "1200", "USD"]) == (Money(120000, "USD"), ["Jane"])


def test_find_money_two_fees() -> None:
    with pytest.raises(InputError, match='two different fees, "\\$100" and "€200"'):
        find_money(["Jane", "$100", "€200"])
    with pytest.raises(InputError, match="two different fees"):
        find_money(["Jane", "100", "200"])


def test_find_money_unknown_code_is_not_money() -> None:
    assert find_money(["Jane", "1200abc"]) == (None, ["Jane", "1200abc"])


def test_find_money_reports_unusable_amount() -> None:
    with pytest.raises(InputError, match="JPY takes no decimals"):
        find_money(["Jane", "¥10.5"])
