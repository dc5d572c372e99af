"""Scaling out: the Ray Data engine (``dateline.scale.ray_ingest``, needs ``dateline[scale]``)."""
