"""bot.telegram.groupcommit on its own: items that arrive while a commit is
under way go together in the next one, in the order they came; each waiter
gets its own result; a failed batch's exception reaches each of its waiters
(or the batch is tried again item by item); at most `writers` commits at
once, at most `max_batch` items each."""

from __future__ import annotations

import asyncio

import pytest

from bot.telegram.groupcommit import GroupCommit


class Refused(Exception):
    pass


class Store:
    """A commit that records its batches, can be held open, and refuses any
    batch with a negative item."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.open = asyncio.Event()
        self.open.set()
        self.running = 0
        self.most_at_once = 0

    async def commit(self, items: list[int]) -> list[str]:
        self.batches.append(list(items))
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            await self.open.wait()
            await asyncio.sleep(0.001)  # a commit takes time: others may start meanwhile
        finally:
            self.running -= 1
        if any(i < 0 for i in items):
            raise Refused(f"refused {items}")
        return [f"done {i}" for i in items]


async def submit_while_held(
    group: GroupCommit[int, str], store: Store, items: list[int]
) -> list[str | BaseException]:
    """The first item's commit is held open while the others arrive."""
    store.open.clear()
    first = asyncio.create_task(group.submit(items[0]))
    await asyncio.sleep(0)  # its commit starts and waits
    rest = [asyncio.create_task(group.submit(i)) for i in items[1:]]
    await asyncio.sleep(0)
    store.open.set()
    return await asyncio.gather(first, *rest, return_exceptions=True)


async def test_a_lone_item_is_committed_at_once_with_its_result() -> None:
    store = Store()
    group = GroupCommit(store.commit)
    assert await group.submit(7) == "done 7"
    assert store.batches == [[7]]
    assert await group.submit(8) == "done 8"  # the writer that finished is not waited for
    assert store.batches == [[7], [8]]


async def test_items_arriving_during_a_commit_go_together_in_order() -> None:
    store = Store()
    group = GroupCommit(store.commit)
    results = await submit_while_held(group, store, [1, 2, 3, 4, 5])
    assert store.batches == [[1], [2, 3, 4, 5]]  # two transactions, not five
    assert results == [f"done {i}" for i in (1, 2, 3, 4, 5)]  # each its own


async def test_items_submitted_together_share_the_first_commit() -> None:
    store = Store()
    group = GroupCommit(store.commit)
    results = await asyncio.gather(*(group.submit(i) for i in range(6)))
    assert store.batches == [[0, 1, 2, 3, 4, 5]]
    assert results == [f"done {i}" for i in range(6)]


async def test_max_batch_takes_the_oldest_first() -> None:
    store = Store()
    group = GroupCommit(store.commit, max_batch=2)
    results = await submit_while_held(group, store, [1, 2, 3, 4, 5, 6])
    assert store.batches == [[1], [2, 3], [4, 5], [6]]
    assert results == [f"done {i}" for i in range(1, 7)]


async def test_at_most_writers_commits_at_once() -> None:
    store = Store()
    group = GroupCommit(store.commit, writers=2, max_batch=2)
    results = await submit_while_held(group, store, list(range(1, 8)))
    assert store.most_at_once == 2
    assert sorted(i for batch in store.batches for i in batch) == list(range(1, 8))
    assert all(batch == sorted(batch) for batch in store.batches)  # in order within a batch
    assert results == [f"done {i}" for i in range(1, 8)]


async def test_a_refused_batch_fails_every_waiter_when_not_split() -> None:
    store = Store()
    group = GroupCommit(store.commit, split=lambda exc: False)
    results = await submit_while_held(group, store, [1, 2, -3, 4])
    assert store.batches == [[1], [2, -3, 4]]
    assert results[0] == "done 1"  # its own batch went through
    failed = results[1:]
    assert all(isinstance(r, Refused) for r in failed)
    assert len({id(r) for r in failed}) == 1  # the one exception, to each waiter


async def test_a_refused_batch_is_tried_again_item_by_item() -> None:
    store = Store()
    group = GroupCommit(store.commit)  # split by default
    results = await submit_while_held(group, store, [1, 2, -3, 4])
    assert store.batches == [[1], [2, -3, 4], [2], [-3], [4]]
    assert results[:2] == ["done 1", "done 2"] and results[3] == "done 4"
    assert isinstance(results[2], Refused)  # only the bad one fails


async def test_split_decides_by_the_exception() -> None:
    store = Store()

    async def away(items: list[int]) -> list[str]:
        await store.commit(items)
        raise ConnectionError("database away")

    group = GroupCommit(away, split=lambda exc: not isinstance(exc, ConnectionError))
    results = await submit_while_held(group, store, [1, 2, 3])
    assert store.batches == [[1], [2, 3]]  # not tried one by one
    assert all(isinstance(r, ConnectionError) for r in results)


async def test_a_commit_with_the_wrong_number_of_results_fails_its_waiters() -> None:
    async def short(items: list[int]) -> list[str]:
        return ["one"]

    group = GroupCommit(short, split=lambda exc: False)
    results = await asyncio.gather(*(group.submit(i) for i in range(3)), return_exceptions=True)
    assert all(isinstance(r, ValueError) for r in results)


async def test_a_cancelled_waiter_leaves_the_others_their_results() -> None:
    store = Store()
    group = GroupCommit(store.commit)
    store.open.clear()
    tasks = [asyncio.create_task(group.submit(i)) for i in range(3)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    store.open.set()
    with pytest.raises(asyncio.CancelledError):
        await tasks[1]
    assert [await tasks[0], await tasks[2]] == ["done 0", "done 2"]
    assert store.batches == [[0, 1, 2]]  # it was committed all the same
