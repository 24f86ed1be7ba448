"""Business card -> contact (issue 15), for staff and the delegates of participant companies.

ocr.py reads the photo (RapidOCR, in the background job of jobs.py); lines.py, parsing.py,
contact_fields.py and surnames.py turn the lines read into proposed fields (plain Python);
views.py shows the proposal beside the photo and trips/services/cards.py saves it. Photos are
stored privately (storage.py) and served only through the permission-checked image view."""
