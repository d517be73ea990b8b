from django.urls import URLPattern

from .views import assessments, offers, wallboard, work

urlpatterns: list[URLPattern] = [
    *work.urlpatterns,
    *offers.urlpatterns,
    *wallboard.urlpatterns,
    *assessments.urlpatterns,
]
