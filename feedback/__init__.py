"""Feedback: citizen surveys, invitations, responses and employee feedback."""
