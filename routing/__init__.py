"""Routing: skills, queues, presence, get-next-work, offers and the wallboard."""
