import gc
import threading

import pytest

from bot.heap import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_paused_inside_and_resumed_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_resumes_after_an_error():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError
    assert gc.isenabled()


def test_nested_pauses_resume_when_the_outer_ends():
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_stays_off_when_it_was_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_concurrent_pauses_resume_when_the_last_ends():
    first_in, second_done = threading.Event(), threading.Event()
    seen_by_first = []

    def first():
        with collector_paused():
            first_in.set()
            second_done.wait(5)
            seen_by_first.append(gc.isenabled())

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector_paused():
        pass
    second_done.set()
    assert not gc.isenabled()  # the first is still building
    thread.join(5)
    assert seen_by_first == [False]
    assert gc.isenabled()


def test_works_as_a_decorator():
    @collector_paused()
    def build() -> bool:
        return gc.isenabled()

    assert build() is False
    assert gc.isenabled()
