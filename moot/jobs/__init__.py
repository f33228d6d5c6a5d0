"""Background jobs: Moot's tasks (django-tasks), their retry policy and ``moot worker``."""
