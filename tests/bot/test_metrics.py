"""Deliveries counted by kind and status (and community, where the operator
opted in): every due post counts one, each series looked up once."""

from bot import metrics


def sent(m: metrics.Metrics, **labels: str) -> float | None:
    return m.registry.get_sample_value(
        "haven_deliveries_total", {"kind": "checkins:prompt", "status": "sent", **labels}
    )


def test_deliveries_add_up_per_kind_and_status():
    m = metrics.configure(community_labels=False)
    before = sent(m) or 0.0
    for _ in range(3):
        metrics.delivery("checkins:prompt", "sent", 7)
    metrics.delivery("checkins:prompt", "failed", 7)
    assert sent(m) == before + 3


def test_a_community_label_follows_the_operators_mapping():
    try:
        m = metrics.configure(community_labels=True, community_of=lambda cid: f"T{cid}")
        metrics.delivery("checkins:prompt", "sent", 7)
        metrics.delivery("checkins:prompt", "sent", 7)
        metrics.delivery("checkins:prompt", "sent", 8)
        assert (sent(m, community="T7"), sent(m, community="T8")) == (2.0, 1.0)
        # Set again (each start-up sets it): new counts follow it.
        metrics.configure(community_labels=True, community_of=lambda cid: f"W{cid}")
        metrics.delivery("checkins:prompt", "sent", 7)
        assert (sent(m, community="T7"), sent(m, community="W7")) == (2.0, 1.0)
    finally:
        metrics.configure(community_labels=False)
