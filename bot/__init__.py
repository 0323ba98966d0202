"""ghostwatch: a Slack bot that nudges stalled creator collaborations."""
