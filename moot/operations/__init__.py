"""Running Moot in production (docs/operations.md): where shared state lives (the storage
and cache addresses), the health check, backups and restores."""
