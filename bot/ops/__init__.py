"""What an operator sees: the operations HTTP server (health, readiness,
metrics), and the scheduler's backlog it reports on."""
