"""Mail: composing, sending and reading the team mailbox; knows nothing of Slack."""
