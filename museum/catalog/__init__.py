"""The catalog's one writer: every change to exhibits, galleries and tours goes through here.

Views, CLI commands and the demo loader call these functions and never write rows themselves.
Media files are stored before the transaction and removed again if it fails, so no row ever
points at a missing file. Every save keeps a revision and a line in the activity log.
"""

from museum.catalog.arrangements import (
    create_gallery,
    create_tour,
    restore_gallery_revision,
    restore_tour_revision,
    set_gallery_published,
    set_tour_published,
    trash_arrangement,
    update_gallery,
    update_tour,
)
from museum.catalog.common import (
    CatalogError,
    FloorPlan,
    ImageEdit,
    NewImage,
    NewStop,
    NotFound,
    StagedImage,
    accession_key,
)
from museum.catalog.exhibits import (
    COMMON_FIELDS,
    EXHIBIT_FIELDS,
    REQUIRED_FIELDS,
    DuplicateAccessionNumber,
    NewHotspot,
    clean_fields,
    create_exhibit,
    delete_exhibit,
    empty_trash,
    images_missing_alt_text,
    publish_exhibit,
    restore_exhibit,
    restore_revision,
    set_hotspots,
    set_parts,
    submit_exhibit,
    unpublish_exhibit,
    update_exhibit,
)
from museum.catalog.history import Change, diff, snapshot
from museum.catalog.images import record_media, stage_images, staged_from_hash

__all__ = [
    "COMMON_FIELDS",
    "EXHIBIT_FIELDS",
    "REQUIRED_FIELDS",
    "CatalogError",
    "Change",
    "DuplicateAccessionNumber",
    "FloorPlan",
    "ImageEdit",
    "NewHotspot",
    "NewImage",
    "NewStop",
    "NotFound",
    "StagedImage",
    "accession_key",
    "clean_fields",
    "create_exhibit",
    "create_gallery",
    "create_tour",
    "delete_exhibit",
    "diff",
    "empty_trash",
    "images_missing_alt_text",
    "publish_exhibit",
    "record_media",
    "restore_exhibit",
    "restore_gallery_revision",
    "restore_revision",
    "restore_tour_revision",
    "set_gallery_published",
    "set_hotspots",
    "set_parts",
    "set_tour_published",
    "snapshot",
    "stage_images",
    "staged_from_hash",
    "submit_exhibit",
    "trash_arrangement",
    "unpublish_exhibit",
    "update_exhibit",
    "update_gallery",
    "update_tour",
]
