"""The shared adapter contract, played through the fake Discord."""

import pytest

from tests.support.contract import ContractSuite


class TestDiscordContract(ContractSuite):
    @pytest.fixture
    async def driver(self, env):
        return env.driver
