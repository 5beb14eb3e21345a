"""policybot: development targets of Chinese counties and districts, on Telegram."""

__version__ = "0.1.0"
