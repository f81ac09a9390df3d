-- V2: indexes for the actor, country and place filters of /api/events and rasd search.
CREATE INDEX actors_by_country ON actors (country);
CREATE INDEX event_places_by_country ON event_places (country);
CREATE INDEX failures_by_last_seen ON failures (last_seen);
