"""Every adapter passes the same contract (DESIGN.md, testing pyramid level 2).

The tests are in :class:`tests.support.contract.ContractSuite`; each adapter's
test module runs them with its own driver. This one runs them on the console.
"""

import pytest

from tests.support.contract import ConsoleDriver, ContractCog, ContractSuite


class TestConsoleContract(ContractSuite):
    @pytest.fixture
    async def driver(self, make_harness):
        return ConsoleDriver(await make_harness(extra_cogs=[ContractCog]))


async def test_console_submit_reads_quoted_values(make_harness):
    harness = await make_harness(extra_cogs=[ContractCog])
    await harness.run(":as alice\n/contract form")
    out = await harness.say(':submit mood="4"')
    assert out.text == "mood 4"
