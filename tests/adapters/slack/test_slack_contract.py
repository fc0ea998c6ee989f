"""The shared adapter contract, played through bolt's HTTP endpoint and the fake Slack."""

import pytest

from tests.support.contract import ContractSuite


class TestSlackContract(ContractSuite):
    @pytest.fixture
    async def driver(self, world):
        return world.driver
