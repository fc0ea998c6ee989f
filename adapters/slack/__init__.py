"""Haven on Slack (slack-bolt): see main.py."""
