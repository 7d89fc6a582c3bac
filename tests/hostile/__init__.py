"""Hostile inputs for the hardening tests, written at test time (see `corpus`)."""
