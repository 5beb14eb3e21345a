"""Run a stand-in by hand (`cd tests && python -m botapi`); prints what to export."""

import contextlib
import logging
import time

from .server import TEST_TOKEN, BotApiStandIn

logging.basicConfig(level=logging.INFO)
with BotApiStandIn() as standin:
    print(f"POLICYBOT_API_URL={standin.base_url}  POLICYBOT_TOKEN={TEST_TOKEN}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        while True:
            time.sleep(3600)
